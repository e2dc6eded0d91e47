-- Quality evaluation and classification (issue 11, ADR 0014). The rule sets of each era are data
-- with their settings (the figures of ../shared/domain/classification.md; [unconfirmed] ones are
-- marked not confirmed and can be changed by an administrator, each change audited). A result is
-- always (rule set, level), never a bare level.

create table classification_rule_set (
    code                      varchar(40) primary key,
    citation                  varchar(300) not null,
    first_year                int not null,
    last_year                 int,
    -- the words of its levels: TSVM (trong sạch, vững mạnh… 2008–2017) or HTNV (hoàn thành… since 2018)
    wording                   varchar(10) not null,
    -- how a proposal is scored: NONE, POINTS (HD 27, QĐ 366) or GRADES (QĐ 124: Xuất sắc/Tốt/Trung bình/Kém)
    scale                     varchar(10) not null,
    excellent_min_score       int,
    good_min_score            int,
    completed_min_score       int,
    -- tasks: the share exceeding requirements an excellent rating needs, the share behind schedule
    -- a completed collective may have, the share done below which a subject has not completed
    exceeded_min_percent      int,
    behind_max_percent        int,
    done_min_percent          int,
    -- members admitted fewer months than this before the year's end are not evaluated (null: no such rule)
    min_months_admitted       int,
    discipline_caps           boolean not null,
    earlier_shortcomings_gate boolean not null,
    leadership_gate           boolean not null,
    subordinates_gate         boolean not null,
    good_share_min_percent    int,
    weak_rules                boolean not null,
    poor_grade_caps           boolean not null,
    state_rating_gate         boolean not null,
    quota_enabled             boolean not null,
    quota_percent             int not null,
    confirmed                 boolean not null,
    note                      varchar(500) not null default '',
    version                   int not null default 0,
    constraint classification_rule_set_years check (last_year is null or last_year >= first_year),
    constraint classification_rule_set_wording check (wording in ('TSVM', 'HTNV')),
    constraint classification_rule_set_scale check (scale in ('NONE', 'POINTS', 'GRADES')),
    constraint classification_rule_set_quota check (quota_percent between 0 and 100)
);

insert into classification_rule_set (code, citation, first_year, last_year, wording, scale, excellent_min_score,
    good_min_score, completed_min_score, exceeded_min_percent, behind_max_percent, done_min_percent,
    min_months_admitted, discipline_caps, earlier_shortcomings_gate, leadership_gate, subordinates_gate,
    good_share_min_percent, weak_rules, poor_grade_caps, state_rating_gate, quota_enabled, quota_percent, confirmed, note)
values
    ('HD20_2008', 'Hướng dẫn 20-HD/BTCTW năm 2008', 2008, 2013, 'TSVM', 'NONE', null, null, null, null, null, null,
     null, false, false, false, false, null, false, false, false, false, 20, false,
     'Các cổng theo kỷ luật chưa được xác nhận cho giai đoạn này.'),
    ('HD27_2014', 'Hướng dẫn 27-HD/BTCTW năm 2014', 2014, 2017, 'TSVM', 'POINTS', 90, 70, 50, null, null, null,
     null, false, false, false, false, null, true, false, false, false, 20, false,
     'Chấm điểm; ngưỡng điểm các mức trên "yếu kém" chưa được xác nhận.'),
    ('QD132_2018', 'Quy định 132-QĐ/TW năm 2018 và Hướng dẫn 16-HD/BTCTW', 2018, 2018, 'HTNV', 'NONE', null, null, null,
     null, null, 50, null, true, false, true, true, 80, false, false, true, true, 20, true, ''),
    ('QD132_2019', 'Quy định 132-QĐ/TW năm 2018 và Hướng dẫn 21-HD/BTCTW năm 2019', 2019, 2022, 'HTNV', 'NONE', null,
     null, null, null, null, 50, null, true, false, true, true, 80, false, false, true, true, 20, true, ''),
    ('QD124_2023', 'Quy định 124-QĐ/TW năm 2023 và Hướng dẫn 25-HD/BTCTW', 2023, 2024, 'HTNV', 'GRADES', null, null,
     null, 50, null, 50, 6, true, false, true, false, null, false, true, false, true, 20, false,
     'Ngưỡng 50% nhiệm vụ vượt mức (xuất sắc) chưa được xác nhận.'),
    ('QD366_2025', 'Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW ngày 31/10/2025', 2025, null, 'HTNV',
     'POINTS', 90, 70, 50, 30, 20, null, 6, true, true, true, false, null, false, false, true, true, 20, false,
     'Danh sách trường hợp "không hoàn thành" theo Nghị định 335/2025; hạn mức 20% và điều kiện khắc phục chưa được xác nhận.');

-- the criteria a score or a grade is entered for, per rule set and kind of subject (the appendices)
create table classification_criterion (
    rule_set    varchar(40) not null references classification_rule_set (code),
    frame       varchar(30) not null,      -- COLLECTIVE, LEADER, INDIVIDUAL, OUTSIDE (QĐ 366 appendices)
    code        varchar(30) not null,
    name        varchar(300) not null,
    part        varchar(10) not null,      -- GENERAL or TASKS
    max_points  int,
    sort_order  int not null,
    primary key (rule_set, frame, code),
    constraint classification_criterion_part check (part in ('GENERAL', 'TASKS'))
);

insert into classification_criterion values
    ('QD366_2025', 'COLLECTIVE', 'POLITICS', 'Xây dựng Đảng về chính trị, tư tưởng, đạo đức', 'GENERAL', 10, 1),
    ('QD366_2025', 'COLLECTIVE', 'ORGANIZATION', 'Xây dựng Đảng về tổ chức, cán bộ, kiểm tra, giám sát', 'GENERAL', 10, 2),
    ('QD366_2025', 'COLLECTIVE', 'LEADERSHIP', 'Đoàn kết, phương thức lãnh đạo, lề lối làm việc', 'GENERAL', 10, 3),
    ('QD366_2025', 'COLLECTIVE', 'TASKS', 'Kết quả thực hiện nhiệm vụ chính trị được giao', 'TASKS', 70, 4),
    ('QD366_2025', 'LEADER', 'POLITICS', 'Chính trị, tư tưởng; đạo đức, lối sống', 'GENERAL', 10, 1),
    ('QD366_2025', 'LEADER', 'DISCIPLINE', 'Ý thức tổ chức kỷ luật; tinh thần tự phê bình và phê bình', 'GENERAL', 10, 2),
    ('QD366_2025', 'LEADER', 'EXAMPLE', 'Trách nhiệm nêu gương; tác phong, lề lối làm việc', 'GENERAL', 10, 3),
    ('QD366_2025', 'LEADER', 'TASKS', 'Kết quả thực hiện nhiệm vụ và của đơn vị được giao lãnh đạo, quản lý', 'TASKS', 70, 4),
    ('QD366_2025', 'INDIVIDUAL', 'POLITICS', 'Chính trị, tư tưởng; đạo đức, lối sống', 'GENERAL', 10, 1),
    ('QD366_2025', 'INDIVIDUAL', 'DISCIPLINE', 'Ý thức tổ chức kỷ luật; tinh thần tự phê bình và phê bình', 'GENERAL', 10, 2),
    ('QD366_2025', 'INDIVIDUAL', 'STYLE', 'Tác phong, lề lối làm việc; trách nhiệm với Nhân dân', 'GENERAL', 10, 3),
    ('QD366_2025', 'INDIVIDUAL', 'TASKS', 'Kết quả thực hiện nhiệm vụ được giao', 'TASKS', 70, 4),
    ('QD124_2023', 'COLLECTIVE', 'POLITICS', 'Xây dựng Đảng về chính trị, tư tưởng, đạo đức', 'GENERAL', null, 1),
    ('QD124_2023', 'COLLECTIVE', 'ORGANIZATION', 'Xây dựng Đảng về tổ chức, cán bộ', 'GENERAL', null, 2),
    ('QD124_2023', 'COLLECTIVE', 'TASKS', 'Kết quả thực hiện nhiệm vụ chính trị', 'TASKS', null, 3),
    ('QD124_2023', 'INDIVIDUAL', 'POLITICS', 'Chính trị, tư tưởng; đạo đức, lối sống', 'GENERAL', null, 1),
    ('QD124_2023', 'INDIVIDUAL', 'DISCIPLINE', 'Ý thức tổ chức kỷ luật; tác phong, lề lối làm việc', 'GENERAL', null, 2),
    ('QD124_2023', 'INDIVIDUAL', 'TASKS', 'Kết quả thực hiện chức trách, nhiệm vụ được giao', 'TASKS', null, 3),
    ('HD27_2014', 'COLLECTIVE', 'POLITICS', 'Lãnh đạo thực hiện nhiệm vụ chính trị', 'TASKS', 40, 1),
    ('HD27_2014', 'COLLECTIVE', 'IDEOLOGY', 'Công tác chính trị, tư tưởng', 'GENERAL', 20, 2),
    ('HD27_2014', 'COLLECTIVE', 'ORGANIZATION', 'Công tác tổ chức, cán bộ, đảng viên', 'GENERAL', 20, 3),
    ('HD27_2014', 'COLLECTIVE', 'INSPECTION', 'Công tác kiểm tra, giám sát; dân vận', 'GENERAL', 20, 4);

-- per-year settings: deadlines of the steps (set each year by the central organisation board and provinces)
create table classification_round (
    id                  bigserial primary key,
    unit_id             bigint not null references org_unit (id),
    year                int not null,
    rule_set            varchar(40) not null references classification_rule_set (code),
    status              varchar(20) not null,
    self_deadline       date,
    appraisal_deadline  date,
    decision_deadline   date,
    opened_on           date not null,
    opened_by           varchar(60),
    published_on        date,
    version             int not null default 0,
    constraint classification_round_status check (status in ('OPEN', 'PUBLISHED')),
    constraint classification_round_year check (year between 2008 and 2100)
);
create unique index classification_round_unit_year on classification_round (unit_id, year);

-- one subject of a round: a party organisation or a member (placed in his chapter at the year's end)
create table classification_subject (
    id                  bigserial primary key,
    round_id            bigint not null references classification_round (id),
    kind                varchar(20) not null,
    unit_id             bigint not null references org_unit (id),
    member_id           bigint references member (id),
    earlier_unit_id     bigint references org_unit (id),
    name                varchar(200) not null,
    frame               varchar(30) not null,
    evaluated           boolean not null,
    not_evaluated       varchar(30),
    stage               varchar(20) not null,
    self_level          varchar(20),
    self_total          int,
    self_note           varchar(2000) not null default '',
    tasks_total         int,
    tasks_on_time       int,
    tasks_exceeded      int,
    tasks_behind        int,
    tasks_done          int,
    state_level         varchar(20),
    comment             varchar(2000) not null default '',
    votes_for           int,
    votes_against       int,
    appraisal_level     varchar(20),
    appraisal_reason    varchar(2000) not null default '',
    overrule_reason     varchar(2000) not null default '',
    decided_level       varchar(20),
    outstanding         boolean not null default false,
    decided_on          date,
    decision_reason     varchar(2000) not null default '',
    -- a decided result cancelled by a redo, awaiting its new appraisal and decision
    redoing             boolean not null default false,
    version             int not null default 0,
    constraint classification_subject_kind check (kind in ('ORGANIZATION', 'MEMBER')),
    constraint classification_subject_member check ((kind = 'MEMBER') = (member_id is not null)),
    constraint classification_subject_stage check (stage in ('AWAITING', 'SELF_ASSESSED', 'COMMENTED', 'APPRAISED', 'DECIDED')),
    constraint classification_subject_tasks check (tasks_total is null or (tasks_total >= 0
        and coalesce(tasks_on_time, 0) between 0 and tasks_total and coalesce(tasks_exceeded, 0) between 0 and tasks_total
        and coalesce(tasks_behind, 0) between 0 and tasks_total and coalesce(tasks_done, 0) between 0 and tasks_total))
);
create index classification_subject_round_idx on classification_subject (round_id, unit_id);
create unique index classification_subject_member_once on classification_subject (round_id, member_id) where member_id is not null;
create unique index classification_subject_unit_once on classification_subject (round_id, unit_id) where member_id is null;

-- the score or grade of each criterion of a proposal
create table classification_score (
    subject_id  bigint not null references classification_subject (id),
    criterion   varchar(30) not null,
    points      int,
    grade       varchar(20),
    primary key (subject_id, criterion),
    constraint classification_score_value check ((points is null) <> (grade is null)),
    constraint classification_score_grade check (grade is null or grade in ('EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'))
);

-- every step a subject went through, as its page shows it
create table classification_step (
    id          bigserial primary key,
    subject_id  bigint not null references classification_subject (id),
    step        varchar(20) not null,
    level       varchar(20),
    note        varchar(2000) not null default '',
    actor       varchar(60),
    at          timestamptz not null default now()
);
create index classification_step_subject_idx on classification_step (subject_id);

-- results by year: published by a round, or entered / imported from earlier years' records
create table classification_result (
    id           bigserial primary key,
    kind         varchar(20) not null,
    member_id    bigint references member (id),
    unit_id      bigint not null references org_unit (id),
    year         int not null,
    rule_set     varchar(40) not null references classification_rule_set (code),
    level        varchar(20) not null,
    outstanding  boolean not null default false,
    source       varchar(20) not null,
    subject_id   bigint references classification_subject (id),
    note         varchar(500) not null default '',
    cancelled_on date,
    cancel_reason varchar(2000) not null default '',
    recorded_by  varchar(60),
    recorded_at  timestamptz not null default now(),
    constraint classification_result_kind check (kind in ('ORGANIZATION', 'MEMBER')),
    constraint classification_result_member check ((kind = 'MEMBER') = (member_id is not null)),
    constraint classification_result_source check (source in ('ROUND', 'ENTERED', 'IMPORTED')),
    constraint classification_result_level check (level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
);
create unique index classification_result_member_year on classification_result (member_id, year)
    where member_id is not null and cancelled_on is null;
create unique index classification_result_unit_year on classification_result (unit_id, year)
    where member_id is null and cancelled_on is null;
