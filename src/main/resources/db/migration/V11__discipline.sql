-- Party discipline (issue 10, ADR 0012). The rule sets of each era, the planning bars, the
-- authority table and the holidays are data: seeded here with the figures of
-- ../shared/domain/discipline.md, corrected by the committee where a figure is [unconfirmed].

create table discipline_rule_set (
    code                varchar(40) primary key,
    citation            varchar(300) not null,
    subjects            varchar(120) not null,            -- SubjectKind names, comma-separated
    in_force_from       date not null,
    in_force_until      date,
    without_limitation  varchar(300) not null default '', -- ViolationCategory names, comma-separated
    lapse_amount        int not null,
    lapse_unit          varchar(10) not null,
    confirmed           boolean not null,
    constraint discipline_rule_set_dates check (in_force_until is null or in_force_until >= in_force_from),
    constraint discipline_rule_set_lapse check (lapse_amount > 0 and lapse_unit in ('YEARS', 'MONTHS'))
);

-- the forms a subject may receive under a set, lightest first
create table discipline_rule_form (
    rule_set    varchar(40) not null references discipline_rule_set (code),
    subject     varchar(30) not null,
    form        varchar(30) not null,
    sort_order  int not null,
    primary key (rule_set, subject, form)
);

-- the limitation period of a form under a set; a form without a row has none
create table discipline_limitation (
    rule_set  varchar(40) not null references discipline_rule_set (code),
    form      varchar(30) not null,
    amount    int not null,
    unit      varchar(10) not null,
    primary key (rule_set, form),
    constraint discipline_limitation_term check (amount > 0 and unit in ('YEARS', 'MONTHS'))
);

create table planning_bar_set (
    code            varchar(40) primary key,
    citation        varchar(300) not null,
    in_force_from   date not null,
    in_force_until  date,
    confirmed       boolean not null
);

create table planning_bar (
    bar_set  varchar(40) not null references planning_bar_set (code),
    form     varchar(30) not null,
    amount   int not null,
    unit     varchar(10) not null,
    primary key (bar_set, form),
    constraint planning_bar_term check (amount > 0 and unit in ('YEARS', 'MONTHS'))
);

create table discipline_authority (
    id                        serial primary key,
    subject                   varchar(30) not null,
    min_levels_above          int not null,
    max_levels_above          int,
    forms                     varchar(200) not null,      -- DisciplineForm names, comma-separated
    not_for_committee_members boolean not null,
    not_for_higher_level_tasks boolean not null,
    basis                     varchar(400) not null,
    confirmed                 boolean not null,
    sort_order                int not null
);

-- public holidays, for complaint periods counted in working days
create table discipline_holiday (
    day   date primary key,
    name  varchar(200) not null
);

insert into discipline_rule_set values
    ('QD102_2017', 'Quy định 102-QĐ/TW ngày 15/11/2017', 'FULL_MEMBER,PROBATIONARY_MEMBER', date '2017-11-15', date '2022-07-05',
     'DESERVING_EXPULSION,INTERNAL_POLITICS,SECURITY_DEFENCE_FOREIGN_AFFAIRS,ILLEGAL_DIPLOMAS', 12, 'MONTHS', true),
    ('QD07_2018', 'Quy định 07-QĐi/TW ngày 28/8/2018', 'ORGANIZATION', date '2018-08-28', date '2022-07-05',
     'INTERNAL_POLITICS,SECURITY_DEFENCE_FOREIGN_AFFAIRS', 12, 'MONTHS', true),
    ('QD69_2022', 'Quy định 69-QĐ/TW ngày 06/7/2022 (sửa đổi, bổ sung bởi Quy định 264-QĐ/TW năm 2025)',
     'ORGANIZATION,FULL_MEMBER,PROBATIONARY_MEMBER', date '2022-07-06', null,
     'DESERVING_EXPULSION,INTERNAL_POLITICS,SECURITY_DEFENCE_FOREIGN_AFFAIRS,ILLEGAL_DIPLOMAS', 12, 'MONTHS', true);

insert into discipline_rule_form values
    ('QD102_2017', 'FULL_MEMBER', 'REPRIMAND', 1), ('QD102_2017', 'FULL_MEMBER', 'WARNING', 2),
    ('QD102_2017', 'FULL_MEMBER', 'REMOVAL_FROM_POST', 3), ('QD102_2017', 'FULL_MEMBER', 'EXPULSION', 4),
    ('QD102_2017', 'PROBATIONARY_MEMBER', 'REPRIMAND', 1), ('QD102_2017', 'PROBATIONARY_MEMBER', 'WARNING', 2),
    ('QD07_2018', 'ORGANIZATION', 'REPRIMAND', 1), ('QD07_2018', 'ORGANIZATION', 'WARNING', 2),
    ('QD07_2018', 'ORGANIZATION', 'DISSOLUTION', 3),
    ('QD69_2022', 'ORGANIZATION', 'REPRIMAND', 1), ('QD69_2022', 'ORGANIZATION', 'WARNING', 2),
    ('QD69_2022', 'ORGANIZATION', 'DISSOLUTION', 3),
    ('QD69_2022', 'FULL_MEMBER', 'REPRIMAND', 1), ('QD69_2022', 'FULL_MEMBER', 'WARNING', 2),
    ('QD69_2022', 'FULL_MEMBER', 'REMOVAL_FROM_POST', 3), ('QD69_2022', 'FULL_MEMBER', 'EXPULSION', 4),
    ('QD69_2022', 'PROBATIONARY_MEMBER', 'REPRIMAND', 1), ('QD69_2022', 'PROBATIONARY_MEMBER', 'WARNING', 2);

insert into discipline_limitation values
    ('QD102_2017', 'REPRIMAND', 5, 'YEARS'), ('QD102_2017', 'WARNING', 10, 'YEARS'),
    ('QD102_2017', 'REMOVAL_FROM_POST', 10, 'YEARS'),
    ('QD07_2018', 'REPRIMAND', 5, 'YEARS'), ('QD07_2018', 'WARNING', 10, 'YEARS'),
    ('QD69_2022', 'REPRIMAND', 60, 'MONTHS'), ('QD69_2022', 'WARNING', 120, 'MONTHS'),
    ('QD69_2022', 'REMOVAL_FROM_POST', 120, 'MONTHS');

insert into planning_bar_set values
    ('QD105_2017', 'Quy định 105-QĐ/TW ngày 19/12/2017', date '2017-12-19', date '2022-08-17', true),
    ('QD80_2022', 'Quy định 80-QĐ/TW ngày 18/8/2022', date '2022-08-18', date '2025-10-07', true),
    ('QD377_2025', 'Quy định 377-QĐ/TW ngày 08/10/2025', date '2025-10-08', null, false);

insert into planning_bar values
    ('QD105_2017', 'REPRIMAND', 1, 'YEARS'), ('QD105_2017', 'WARNING', 1, 'YEARS'), ('QD105_2017', 'REMOVAL_FROM_POST', 1, 'YEARS'),
    ('QD80_2022', 'REPRIMAND', 12, 'MONTHS'), ('QD80_2022', 'WARNING', 30, 'MONTHS'), ('QD80_2022', 'REMOVAL_FROM_POST', 60, 'MONTHS'),
    ('QD377_2025', 'REPRIMAND', 24, 'MONTHS'), ('QD377_2025', 'WARNING', 36, 'MONTHS'), ('QD377_2025', 'REMOVAL_FROM_POST', 60, 'MONTHS');

insert into discipline_authority (subject, min_levels_above, max_levels_above, forms, not_for_committee_members,
        not_for_higher_level_tasks, basis, confirmed, sort_order) values
    ('FULL_MEMBER', 0, 0, 'REPRIMAND,WARNING', false, true,
     'Chi bộ khiển trách, cảnh cáo đảng viên trong chi bộ (trừ vi phạm khi thực hiện nhiệm vụ do cấp trên giao)', true, 1),
    ('PROBATIONARY_MEMBER', 0, 0, 'REPRIMAND,WARNING', false, true,
     'Chi bộ khiển trách, cảnh cáo đảng viên trong chi bộ (trừ vi phạm khi thực hiện nhiệm vụ do cấp trên giao)', true, 2),
    ('FULL_MEMBER', 1, null, 'REPRIMAND,WARNING,REMOVAL_FROM_POST,EXPULSION', false, false,
     'Cấp ủy, ủy ban kiểm tra cấp trên trực tiếp quyết định cách chức, khai trừ', false, 3),
    ('PROBATIONARY_MEMBER', 1, null, 'REPRIMAND,WARNING', false, false,
     'Cấp ủy, ủy ban kiểm tra cấp trên trực tiếp quyết định cách chức, khai trừ', false, 4),
    ('ORGANIZATION', 1, null, 'REPRIMAND,WARNING,DISSOLUTION', false, false,
     'Tổ chức đảng bị kỷ luật do cấp ủy cấp trên quyết định', true, 5);

-- the fixed-date public holidays of 2026; the lunar ones (Tết, Giỗ Tổ Hùng Vương) and the days
-- the Government adds change every year and are entered by the committee
insert into discipline_holiday values
    (date '2026-01-01', 'Tết Dương lịch'),
    (date '2026-04-30', 'Ngày Chiến thắng'),
    (date '2026-05-01', 'Ngày Quốc tế Lao động'),
    (date '2026-09-02', 'Quốc khánh');
