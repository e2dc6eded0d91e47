-- Reviews, the shortcomings register and remediation plans (review-and-remediation.md), and the
-- attachments they carry. Each block belongs to one module: files, review, remediation.

-- Files (module files) ------------------------------------------------------------------------

-- A file uploaded as evidence, a signed review or a report. Stored in the database so that a
-- backup of the database is a backup of everything; the checksum is checked when served.
create table attachment (
    id            bigserial primary key,
    unit_id       bigint not null references org_unit (id),
    file_name     varchar(255) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint not null,
    sha256        char(64) not null,
    content       bytea not null,
    uploaded_by   varchar(60) not null,
    uploaded_at   timestamptz not null default now(),
    constraint attachment_size check (size_bytes >= 0)
);
create index attachment_unit_idx on attachment (unit_id);

-- Taxonomies of shortcomings (module review) ----------------------------------------------------

create table shortcoming_taxonomy (
    code        varchar(40) primary key,
    name        varchar(300) not null,
    source      varchar(300),
    sort_order  int not null default 0,
    active      boolean not null default true
);

create table shortcoming_tag (
    code           varchar(40) primary key,
    taxonomy_code  varchar(40) not null references shortcoming_taxonomy (code),
    group_label    varchar(300),
    label          varchar(500) not null,
    sort_order     int not null default 0,
    active         boolean not null default true
);
create index shortcoming_tag_taxonomy_idx on shortcoming_tag (taxonomy_code, sort_order);

insert into shortcoming_taxonomy (code, name, source, sort_order) values
    ('NQ12', 'Ba vấn đề cấp bách (Nghị quyết Trung ương 4 khóa XI)', 'Nghị quyết 12-NQ/TW ngày 16/01/2012', 1),
    ('NQ04', '27 biểu hiện suy thoái (Nghị quyết Trung ương 4 khóa XII)', 'Nghị quyết 04-NQ/TW ngày 30/10/2016', 2),
    ('QD37', 'Những điều đảng viên không được làm', 'Quy định 37-QĐ/TW ngày 25/10/2021', 3),
    ('NEU_GUONG', 'Trách nhiệm nêu gương', null, 4),
    ('LINH_VUC', 'Lĩnh vực công tác', null, 5);

insert into shortcoming_tag (code, taxonomy_code, group_label, label, sort_order) values
    ('NQ12-1', 'NQ12', null, 'Ngăn chặn, đẩy lùi tình trạng suy thoái về tư tưởng chính trị, đạo đức, lối sống của một bộ phận không nhỏ cán bộ, đảng viên, nhất là cán bộ lãnh đạo, quản lý', 1),
    ('NQ12-2', 'NQ12', null, 'Xây dựng đội ngũ cán bộ lãnh đạo, quản lý các cấp, nhất là cấp Trung ương', 2),
    ('NQ12-3', 'NQ12', null, 'Xác định rõ thẩm quyền, trách nhiệm của người đứng đầu trong mối quan hệ với tập thể', 3),
    -- The 27 expressions: a condensed working list (review-and-remediation.md); codes are stable.
    ('NQ04-1.1', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin', 11),
    ('NQ04-1.2', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Xa rời mục tiêu, lý tưởng của Đảng; phụ họa theo quan điểm sai trái', 12),
    ('NQ04-1.3', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Nhận thức sai lệch về lý luận; lười học tập lý luận, nghị quyết', 13),
    ('NQ04-1.4', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Vi phạm nguyên tắc tổ chức; né tránh trách nhiệm; làm việc hình thức, qua loa', 14),
    ('NQ04-1.5', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Che giấu khuyết điểm khi tự phê bình; phê bình dĩ hòa vi quý hoặc lợi dụng để bôi nhọ', 15),
    ('NQ04-1.6', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Nói không đi đôi với làm', 16),
    ('NQ04-1.7', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Độc đoán, chuyên quyền, áp đặt ý kiến cá nhân', 17),
    ('NQ04-1.8', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Tham vọng quyền lực, né tránh nơi khó khăn; vận động, mua phiếu bầu', 18),
    ('NQ04-1.9', 'NQ04', 'Suy thoái về tư tưởng chính trị', 'Bổ nhiệm người thân quen không đủ tiêu chuẩn', 19),
    ('NQ04-2.1', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Chủ nghĩa cá nhân, vụ lợi, cơ hội', 21),
    ('NQ04-2.2', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Kèn cựa địa vị, cục bộ, gây mất đoàn kết', 22),
    ('NQ04-2.3', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Kê khai tài sản, thu nhập không trung thực', 23),
    ('NQ04-2.4', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Che giấu khuyết điểm, chạy theo thành tích, bệnh hình thức', 24),
    ('NQ04-2.5', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Quan liêu, xa dân, thờ ơ trước khó khăn của nhân dân', 25),
    ('NQ04-2.6', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Lãng phí tiền của, tài sản, thời gian', 26),
    ('NQ04-2.7', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Tham nhũng, lạm dụng chức vụ, quyền hạn', 27),
    ('NQ04-2.8', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Lợi dụng công tác cán bộ để trục lợi ("chạy chức, chạy quyền")', 28),
    ('NQ04-2.9', 'NQ04', 'Suy thoái về đạo đức, lối sống', 'Sống xa hoa, sa vào tệ nạn; vi phạm đạo đức gia đình, thuần phong mỹ tục', 29),
    ('NQ04-3.1', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, nguyên tắc tập trung dân chủ; đòi đa nguyên', 31),
    ('NQ04-3.2', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Phủ nhận dân chủ xã hội chủ nghĩa, Nhà nước pháp quyền; đòi tam quyền phân lập', 32),
    ('NQ04-3.3', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Nói, viết, làm trái đường lối của Đảng; xuyên tạc lịch sử', 33),
    ('NQ04-3.4', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Kích động bất mãn; lợi dụng mạng xã hội để bôi nhọ, chia rẽ', 34),
    ('NQ04-3.5', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Phủ nhận sự lãnh đạo của Đảng đối với lực lượng vũ trang', 35),
    ('NQ04-3.6', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Câu kết với thế lực thù địch', 36),
    ('NQ04-3.7', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Vi phạm quy định về đối ngoại; làm lộ bí mật thông tin', 37),
    ('NQ04-3.8', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Sáng tác, phát tán tác phẩm lệch lạc; lái dư luận', 38),
    ('NQ04-3.9', 'NQ04', 'Tự diễn biến, tự chuyển hóa', 'Dân tộc hẹp hòi, cực đoan tôn giáo, ly khai', 39);

-- The 19 prohibitions: numbered entries; administrators may replace the labels with the text of
-- Quy định 37-QĐ/TW without changing the codes.
insert into shortcoming_tag (code, taxonomy_code, label, sort_order)
select 'QD37-' || n, 'QD37', 'Điều cấm số ' || n || ' (Quy định 37-QĐ/TW)', n from generate_series(1, 19) n;

insert into shortcoming_tag (code, taxonomy_code, label, sort_order) values
    ('NEU_GUONG', 'NEU_GUONG', 'Vi phạm trách nhiệm nêu gương', 1),
    ('LV-LANH_DAO', 'LINH_VUC', 'Lãnh đạo, chỉ đạo', 1),
    ('LV-CAN_BO', 'LINH_VUC', 'Công tác cán bộ', 2),
    ('LV-SINH_HOAT', 'LINH_VUC', 'Sinh hoạt đảng', 3),
    ('LV-KIEM_TRA', 'LINH_VUC', 'Kiểm tra, giám sát', 4),
    ('LV-GIAO_DUC', 'LINH_VUC', 'Giáo dục chính trị tư tưởng', 5),
    ('LV-DAN_VAN', 'LINH_VUC', 'Dân vận', 6),
    ('LV-KINH_TE', 'LINH_VUC', 'Kinh tế', 7),
    ('LV-DAT_DAI', 'LINH_VUC', 'Quản lý đất đai', 8),
    ('LV-TAI_NGUYEN', 'LINH_VUC', 'Tài nguyên, khoáng sản', 9),
    ('LV-LAM_NGHIEP', 'LINH_VUC', 'Lâm nghiệp, lâm sản', 10),
    ('LV-GIAO_THONG', 'LINH_VUC', 'Trật tự an toàn giao thông', 11);

-- Rule sets for who is reviewed (module review) --------------------------------------------------

-- [unconfirmed] in the domain notes: kept as data. Members in the listed statuses are not
-- reviewed; from 2023 neither are members admitted less than recent_admission_months before.
create table review_rule_set (
    code                     varchar(40) primary key,
    name                     varchar(300) not null,
    effective_from           date not null unique,
    exempt_statuses          varchar(200) not null,
    recent_admission_months  int,
    source                   varchar(300)
);

insert into review_rule_set (code, name, effective_from, exempt_statuses, recent_admission_months, source) values
    ('KD-2017', 'Kiểm điểm trước năm 2023', date '2000-01-01', 'EXEMPTED,SUSPENDED', null, 'Hướng dẫn kiểm điểm, đánh giá, xếp loại hằng năm (trước 2023)'),
    ('KD-2023', 'Kiểm điểm từ năm 2023', date '2023-01-01', 'EXEMPTED,SUSPENDED', 6, 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm (từ 2023)');

-- Review campaigns (module review) ---------------------------------------------------------------

create table review_campaign (
    id                   bigserial primary key,
    unit_id              bigint not null references org_unit (id),
    name                 varchar(400) not null,
    kind                 varchar(20) not null,
    period_from          date not null,
    period_to            date not null,
    collective_deadline  date,
    individual_deadline  date,
    status               varchar(20) not null default 'OPEN',
    created_by           varchar(60) not null,
    created_at           timestamptz not null default now(),
    version              int not null default 0,
    constraint review_campaign_kind check (kind in ('ANNUAL', 'QUARTERLY', 'THEMATIC')),
    constraint review_campaign_status check (status in ('OPEN', 'CLOSED')),
    constraint review_campaign_period check (period_to >= period_from)
);
create index review_campaign_unit_idx on review_campaign (unit_id);

create table review_campaign_taxonomy (
    campaign_id    bigint not null references review_campaign (id),
    taxonomy_code  varchar(40) not null references shortcoming_taxonomy (code),
    primary key (campaign_id, taxonomy_code)
);

-- Reviews (module review) -------------------------------------------------------------------------

-- One review of a collective (a unit, its standing committee, the leadership collective of an
-- agency) or of a member, in a campaign.
create table review (
    id                bigserial primary key,
    campaign_id       bigint not null references review_campaign (id),
    subject_kind      varchar(30) not null,
    unit_id           bigint not null references org_unit (id),
    member_id         bigint references member (id),
    strengths         text not null default '',
    status            varchar(20) not null default 'DRAFT',
    signed_file_id    bigint references attachment (id),
    submitted_at      timestamptz,
    submitted_by      varchar(60),
    created_by        varchar(60) not null,
    created_at        timestamptz not null default now(),
    version           int not null default 0,
    constraint review_subject_kind check (subject_kind in ('UNIT', 'STANDING_COMMITTEE', 'LEADERSHIP_COLLECTIVE', 'MEMBER')),
    constraint review_status check (status in ('DRAFT', 'SUBMITTED')),
    constraint review_member_subject check ((subject_kind = 'MEMBER') = (member_id is not null))
);
create unique index review_subject_uq on review (campaign_id, subject_kind, unit_id, coalesce(member_id, 0));
create index review_unit_idx on review (unit_id);
create index review_member_idx on review (member_id) where member_id is not null;

-- The shortcomings register (module review) --------------------------------------------------------

-- Every shortcoming from any source, with its life cycle:
-- OPEN → IN_PROGRESS → REPORTED → VERIFIED | RETURNED → … → CLOSED.
create table shortcoming (
    id                 bigserial primary key,
    source_kind        varchar(30) not null,
    source_ref         varchar(400),
    campaign_id        bigint references review_campaign (id),
    review_id          bigint references review (id),
    holder_kind        varchar(30) not null,
    holder_unit_id     bigint not null references org_unit (id),
    holder_member_id   bigint references member (id),
    recorded_unit_id   bigint not null references org_unit (id),
    text               text not null,
    cause              varchar(20),
    responsibility     varchar(20),
    remedy             text not null default '',
    deadline           date,
    answerable         varchar(200),
    status             varchar(20) not null default 'OPEN',
    status_since       timestamptz not null default now(),
    verified_at        timestamptz,
    closed_at          timestamptz,
    recorded_by        varchar(60) not null,
    recorded_at        timestamptz not null default now(),
    version            int not null default 0,
    constraint shortcoming_source check (source_kind in ('REVIEW', 'INSPECTION', 'SUPERVISION', 'SUPERIOR_COMMENT')),
    constraint shortcoming_holder_kind check (holder_kind in ('UNIT', 'STANDING_COMMITTEE', 'LEADERSHIP_COLLECTIVE', 'MEMBER')),
    constraint shortcoming_member_holder check ((holder_kind = 'MEMBER') = (holder_member_id is not null)),
    constraint shortcoming_cause check (cause is null or cause in ('OBJECTIVE', 'SUBJECTIVE', 'BOTH')),
    constraint shortcoming_responsibility check (responsibility is null or responsibility in ('COLLECTIVE', 'INDIVIDUAL', 'HEAD')),
    constraint shortcoming_status check (status in ('OPEN', 'IN_PROGRESS', 'REPORTED', 'VERIFIED', 'RETURNED', 'CLOSED'))
);
create index shortcoming_holder_unit_idx on shortcoming (holder_unit_id, status);
create index shortcoming_holder_member_idx on shortcoming (holder_member_id) where holder_member_id is not null;
create index shortcoming_campaign_idx on shortcoming (campaign_id);
create index shortcoming_review_idx on shortcoming (review_id);
create index shortcoming_deadline_idx on shortcoming (deadline) where status not in ('VERIFIED', 'CLOSED');

create table shortcoming_tag_link (
    shortcoming_id  bigint not null references shortcoming (id),
    tag_code        varchar(40) not null references shortcoming_tag (code),
    primary key (shortcoming_id, tag_code)
);
create index shortcoming_tag_link_tag_idx on shortcoming_tag_link (tag_code);

-- The history of an item: each status change (with its reason or note), each move of the holder
-- through a merge, each update given in a later review.
create table shortcoming_event (
    id              bigserial primary key,
    shortcoming_id  bigint not null references shortcoming (id),
    kind            varchar(20) not null,
    from_status     varchar(20),
    to_status       varchar(20),
    note            text,
    review_id       bigint references review (id),
    from_unit_id    bigint references org_unit (id),
    to_unit_id      bigint references org_unit (id),
    by_user         varchar(60) not null,
    at              timestamptz not null default now(),
    constraint shortcoming_event_kind check (kind in ('RECORDED', 'STATUS', 'CARRIED', 'HOLDER_MOVED', 'EVIDENCE', 'UPDATED'))
);
create index shortcoming_event_item_idx on shortcoming_event (shortcoming_id, at);

create table shortcoming_evidence (
    id              bigserial primary key,
    shortcoming_id  bigint not null references shortcoming (id),
    note            text not null default '',
    attachment_id   bigint references attachment (id),
    by_user         varchar(60) not null,
    at              timestamptz not null default now()
);
create index shortcoming_evidence_item_idx on shortcoming_evidence (shortcoming_id);

-- Remediation plans (module remediation) ------------------------------------------------------------

create table solution_group_template (
    code        varchar(40) primary key,
    name        varchar(300) not null,
    sort_order  int not null default 0
);

create table solution_group_template_item (
    template_code  varchar(40) not null references solution_group_template (code),
    position       int not null,
    title          varchar(500) not null,
    primary key (template_code, position)
);

insert into solution_group_template (code, name, sort_order) values
    ('NQ12-4', 'Bốn nhóm giải pháp của Nghị quyết 12-NQ/TW', 1),
    ('NQ12-3', 'Ba nhóm giải pháp (tổ chức - cán bộ - sinh hoạt đảng; cơ chế, chính sách; giáo dục chính trị tư tưởng)', 2);

insert into solution_group_template_item (template_code, position, title) values
    ('NQ12-4', 1, 'Về tự phê bình và phê bình, nêu gương của cấp trên'),
    ('NQ12-4', 2, 'Về tổ chức, cán bộ và sinh hoạt đảng'),
    ('NQ12-4', 3, 'Về cơ chế, chính sách'),
    ('NQ12-4', 4, 'Về giáo dục chính trị, tư tưởng'),
    ('NQ12-3', 1, 'Nhóm giải pháp về tổ chức, cán bộ và sinh hoạt đảng'),
    ('NQ12-3', 2, 'Nhóm giải pháp về cơ chế, chính sách'),
    ('NQ12-3', 3, 'Nhóm giải pháp về giáo dục chính trị, tư tưởng');

-- A plan of the issuing unit's committee. DRAFT → ISSUED (disseminated) → CLOSED, or CANCELLED
-- with a reason; a plan with reported progress is never deleted.
create table remediation_plan (
    id              bigserial primary key,
    unit_id         bigint not null references org_unit (id),
    number_symbol   varchar(60) not null,
    issued_on       date not null,
    title           varchar(600) not null,
    campaign_id     bigint references review_campaign (id),
    status          varchar(20) not null default 'DRAFT',
    results_summary text,
    cancel_reason   text,
    closed_at       timestamptz,
    created_by      varchar(60) not null,
    created_at      timestamptz not null default now(),
    version         int not null default 0,
    constraint remediation_plan_status check (status in ('DRAFT', 'ISSUED', 'CLOSED', 'CANCELLED'))
);
create index remediation_plan_unit_idx on remediation_plan (unit_id);

create table plan_group (
    id        bigserial primary key,
    plan_id   bigint not null references remediation_plan (id),
    position  int not null,
    title     varchar(500) not null,
    version   int not null default 0
);
create index plan_group_plan_idx on plan_group (plan_id, position);

create table plan_task (
    id               bigserial primary key,
    plan_id          bigint not null references remediation_plan (id),
    group_id         bigint not null references plan_group (id),
    position         int not null,
    text             text not null,
    lead_unit_id     bigint references org_unit (id),
    lead_person      varchar(200),
    deadline         date,
    recurrence       varchar(20) not null default 'NONE',
    expected_output  text not null default '',
    status           varchar(20) not null default 'OPEN',
    progress_percent int not null default 0,
    version          int not null default 0,
    constraint plan_task_recurrence check (recurrence in ('NONE', 'MONTHLY', 'QUARTERLY')),
    constraint plan_task_status check (status in ('OPEN', 'IN_PROGRESS', 'REPORTED', 'DONE', 'RETURNED')),
    constraint plan_task_percent check (progress_percent between 0 and 100),
    constraint plan_task_lead check (lead_unit_id is not null or lead_person is not null)
);
create index plan_task_plan_idx on plan_task (plan_id, group_id, position);
create index plan_task_lead_idx on plan_task (lead_unit_id);

create table plan_task_coordinator (
    task_id  bigint not null references plan_task (id),
    unit_id  bigint not null references org_unit (id),
    primary key (task_id, unit_id)
);

create table plan_task_shortcoming (
    task_id         bigint not null references plan_task (id),
    shortcoming_id  bigint not null references shortcoming (id),
    primary key (task_id, shortcoming_id)
);
create index plan_task_shortcoming_item_idx on plan_task_shortcoming (shortcoming_id);

-- Dissemination (quán triệt): the units a plan is sent to, and each one's acknowledgement.
create table plan_target (
    plan_id          bigint not null references remediation_plan (id),
    unit_id          bigint not null references org_unit (id),
    sent_at          timestamptz not null default now(),
    acknowledged_on  date,
    acknowledged_by  varchar(60),
    acknowledged_at  timestamptz,
    primary key (plan_id, unit_id)
);
create index plan_target_unit_idx on plan_target (unit_id);

create table progress_report (
    id              bigserial primary key,
    task_id         bigint not null references plan_task (id),
    unit_id         bigint not null references org_unit (id),
    stage           varchar(200),
    percent         int,
    narrative       text not null,
    reported_on     date not null,
    reported_by     varchar(60) not null,
    reported_at     timestamptz not null default now(),
    status          varchar(20) not null default 'SUBMITTED',
    decided_by      varchar(60),
    decided_at      timestamptz,
    return_reason   text,
    version         int not null default 0,
    constraint progress_report_status check (status in ('SUBMITTED', 'VERIFIED', 'RETURNED')),
    constraint progress_report_percent check (percent is null or percent between 0 and 100),
    constraint progress_report_return_reason check (status <> 'RETURNED' or coalesce(btrim(return_reason), '') <> '')
);
create index progress_report_task_idx on progress_report (task_id, reported_at);

create table progress_report_file (
    report_id      bigint not null references progress_report (id),
    attachment_id  bigint not null references attachment (id),
    primary key (report_id, attachment_id)
);
