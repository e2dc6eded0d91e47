-- Discipline cases (issue 10): a case against a member or an organisation, its violations, every
-- step it went through, and the complaints against its decision. A case is never deleted: a wrong
-- decision is annulled, with its reason.

create table discipline_case (
    id                  bigserial primary key,
    member_id           bigint references member (id),
    organization_id     bigint references org_unit (id),
    subject_kind        varchar(30) not null,
    -- the member's chapter on the opening day, or the organisation itself: the case's place in the tree
    subject_unit_id     bigint not null references org_unit (id),
    opened_by_unit_id   bigint not null references org_unit (id),
    source              varchar(30) not null,
    summary             varchar(2000) not null,
    opened_on           date not null,
    status              varchar(30) not null,
    proposed_form       varchar(30),
    proposed_on         date,
    rule_set            varchar(40) references discipline_rule_set (code),
    form                varchar(30),
    decision_number     varchar(60),
    decided_by_unit_id  bigint references org_unit (id),
    concluded_on        date,
    decided_on          date,
    announced_on        date,
    lapses_on           date,
    annulled_on         date,
    closing_reason      varchar(30),
    closed_on           date,
    note                varchar(2000) not null default '',
    version             int not null default 0,
    created_by          varchar(60),
    created_at          timestamptz not null default now(),
    constraint discipline_case_one_subject check ((member_id is null) <> (organization_id is null)),
    constraint discipline_case_subject_kind check (subject_kind in ('ORGANIZATION', 'FULL_MEMBER', 'PROBATIONARY_MEMBER')),
    constraint discipline_case_decided check (form is null or (decided_on is not null and announced_on is not null
        and concluded_on is not null and decided_by_unit_id is not null and rule_set is not null))
);
create index discipline_case_member_idx on discipline_case (member_id) where member_id is not null;
create index discipline_case_organization_idx on discipline_case (organization_id) where organization_id is not null;
create index discipline_case_subject_unit_idx on discipline_case (subject_unit_id);
create index discipline_case_decided_idx on discipline_case (decided_on) where form is not null;

create table discipline_violation (
    id                 bigserial primary key,
    case_id            bigint not null references discipline_case (id),
    description        varchar(2000) not null,
    committed_from     date,
    committed_on       date not null,
    category           varchar(40) not null,
    rule_breached      varchar(500) not null default '',
    higher_level_task  boolean not null default false,
    recorded_at        timestamptz not null default now(),
    constraint discipline_violation_period check (committed_from is null or committed_from <= committed_on)
);
create index discipline_violation_case_idx on discipline_violation (case_id);

-- what happened to the case, step by step, as the case page shows it
create table discipline_case_step (
    id           bigserial primary key,
    case_id      bigint not null references discipline_case (id),
    action       varchar(20) not null,
    status       varchar(30) not null,
    day          date not null,
    form         varchar(30),
    note         varchar(2000) not null default '',
    recorded_by  varchar(60),
    recorded_at  timestamptz not null default now()
);
create index discipline_case_step_case_idx on discipline_case_step (case_id, id);

create table discipline_complaint (
    id            bigserial primary key,
    case_id       bigint not null references discipline_case (id),
    received_on   date not null,
    filed_on      date not null,
    addressed_to  varchar(300) not null,
    content       varchar(4000) not null,
    decided_form  varchar(30) not null,
    outcome       varchar(20),
    ruled_on      date,
    changed_to    varchar(30),
    ruling_note   varchar(2000) not null default '',
    recorded_at   timestamptz not null default now(),
    constraint discipline_complaint_ruled check ((outcome is null) = (ruled_on is null)),
    constraint discipline_complaint_outcome check (outcome is null or outcome in ('UPHELD', 'CHANGED', 'ANNULLED'))
);
create unique index discipline_complaint_one_pending on discipline_complaint (case_id) where outcome is null;
