-- The organisation module: unit types with the parents each allows, units with a history of
-- their attributes (as-of queries), restructuring recorded as events, and the member registry
-- with status, chapter membership and positions over time.

create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- Unit types --------------------------------------------------------------------------------

alter table org_unit_type
    add column root_allowed  boolean not null default false,
    add column holds_members boolean not null default false;

update org_unit_type set root_allowed = true where code in ('PROVINCIAL_COMMITTEE', 'DIRECT_COMMITTEE');
-- Members belong to a chapter (a party cell is a group inside a chapter).
update org_unit_type set holds_members = true where code in ('GRASSROOTS_CHAPTER', 'SUB_CHAPTER');

create table org_unit_type_parent (
    type_code         varchar(40) not null references org_unit_type (code),
    parent_type_code  varchar(40) not null references org_unit_type (code),
    primary key (type_code, parent_type_code)
);

insert into org_unit_type_parent (type_code, parent_type_code) values
    ('DIRECT_COMMITTEE', 'PROVINCIAL_COMMITTEE'),
    ('DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE'),
    ('COMMUNE_COMMITTEE', 'PROVINCIAL_COMMITTEE'),
    ('GRASSROOTS_COMMITTEE', 'PROVINCIAL_COMMITTEE'),
    ('GRASSROOTS_COMMITTEE', 'DIRECT_COMMITTEE'),
    ('GRASSROOTS_COMMITTEE', 'DISTRICT_COMMITTEE'),
    ('GRASSROOTS_COMMITTEE', 'COMMUNE_COMMITTEE'),
    ('GRASSROOTS_CHAPTER', 'PROVINCIAL_COMMITTEE'),
    ('GRASSROOTS_CHAPTER', 'DIRECT_COMMITTEE'),
    ('GRASSROOTS_CHAPTER', 'DISTRICT_COMMITTEE'),
    ('GRASSROOTS_CHAPTER', 'COMMUNE_COMMITTEE'),
    ('PARTIAL_COMMITTEE', 'GRASSROOTS_COMMITTEE'),
    ('PARTIAL_COMMITTEE', 'COMMUNE_COMMITTEE'),
    ('SUB_CHAPTER', 'GRASSROOTS_COMMITTEE'),
    ('SUB_CHAPTER', 'PARTIAL_COMMITTEE'),
    ('SUB_CHAPTER', 'COMMUNE_COMMITTEE'),
    ('PARTY_CELL', 'GRASSROOTS_CHAPTER'),
    ('PARTY_CELL', 'SUB_CHAPTER'),
    ('AGENCY', 'PROVINCIAL_COMMITTEE'),
    ('AGENCY', 'DIRECT_COMMITTEE'),
    ('AGENCY', 'DISTRICT_COMMITTEE'),
    ('AGENCY', 'COMMUNE_COMMITTEE'),
    ('AGENCY', 'GRASSROOTS_COMMITTEE'),
    ('ADVISORY_BOARD', 'PROVINCIAL_COMMITTEE'),
    ('ADVISORY_BOARD', 'DIRECT_COMMITTEE'),
    ('ADVISORY_BOARD', 'DISTRICT_COMMITTEE'),
    ('ADVISORY_BOARD', 'COMMUNE_COMMITTEE'),
    ('ADVISORY_BOARD', 'GRASSROOTS_COMMITTEE');

-- Units and their history -------------------------------------------------------------------

-- org_unit holds a unit's identity, its whole lifetime and its latest attributes;
-- org_unit_version holds the attributes of each period, so the tree can be shown as of any day.
alter table org_unit
    add column short_name        varchar(120),
    add column doc_abbreviation  varchar(20),
    add column search_key        varchar(300) not null default '';

-- The diacritic-insensitive search key, the same as VietnameseText.searchKey in the code for text
-- in NFC (the application stores names in NFC): marks removed, đ→d, lower case, spaces collapsed.
-- Upper-case letters with marks are translated explicitly: lower() is ASCII-only under the C locale.
create function vn_search_key(t text) returns text immutable strict parallel safe language sql as $$
    select btrim(regexp_replace(lower(translate(t, 'àÀáÁạẠảẢãÃâÂầẦấẤậẬẩẨẫẪăĂằẰắẮặẶẳẲẵẴèÈéÉẹẸẻẺẽẼêÊềỀếẾệỆểỂễỄìÌíÍịỊỉỈĩĨòÒóÓọỌỏỎõÕôÔồỒốỐộỘổỔỗỖơƠờỜớỚợỢởỞỡỠùÙúÚụỤủỦũŨưƯừỪứỨựỰửỬữỮỳỲýÝỵỴỷỶỹỸđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd')), '\s+', ' ', 'g'))
$$;

update org_unit set search_key = vn_search_key(name);

create index org_unit_search_idx on org_unit using gin (search_key gin_trgm_ops);

create table org_event (
    id              bigserial primary key,
    kind            varchar(20) not null,
    effective_date  date not null,
    decision_ref    varchar(300),
    note            text,
    summary         text not null,
    recorded_by     varchar(60),
    recorded_at     timestamptz not null default now(),
    constraint org_event_kind check (kind in ('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE'))
);

create table org_event_unit (
    event_id  bigint not null references org_event (id),
    unit_id   bigint not null references org_unit (id),
    role      varchar(20) not null,
    primary key (event_id, unit_id, role),
    constraint org_event_unit_role check (role in ('SUBJECT', 'SOURCE', 'TARGET', 'CREATED', 'OLD_PARENT', 'NEW_PARENT'))
);
create index org_event_unit_unit_idx on org_event_unit (unit_id);

-- Which unit took over from which (a merge: each source → the target; a split: the source →
-- each part): records entered under a predecessor stay reachable from its successors.
create table org_unit_succession (
    predecessor_id  bigint not null references org_unit (id),
    successor_id    bigint not null references org_unit (id),
    event_id        bigint not null references org_event (id),
    primary key (predecessor_id, successor_id),
    constraint org_unit_succession_not_self check (predecessor_id <> successor_id)
);
create index org_unit_succession_successor_idx on org_unit_succession (successor_id);

create table org_unit_version (
    id                bigserial primary key,
    unit_id           bigint not null references org_unit (id),
    valid_from        date not null,
    valid_to          date,
    parent_id         bigint references org_unit (id),
    type_code         varchar(40) not null references org_unit_type (code),
    name              varchar(300) not null,
    short_name        varchar(120),
    doc_abbreviation  varchar(20),
    event_id          bigint references org_event (id),
    constraint org_unit_version_dates check (valid_to is null or valid_to >= valid_from),
    constraint org_unit_version_no_overlap exclude using gist (
        unit_id with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index org_unit_version_parent_idx on org_unit_version (parent_id);
create index org_unit_version_unit_idx on org_unit_version (unit_id, valid_from);

insert into org_unit_version (unit_id, valid_from, valid_to, parent_id, type_code, name)
select id, valid_from, valid_to, parent_id, type_code, name from org_unit;

-- Members -----------------------------------------------------------------------------------

create table member (
    id                bigserial primary key,
    full_name         varchar(200) not null,
    search_key        varchar(200) not null,
    -- ICU "vi" collation key of the name as official lists sort it: given name first.
    sort_key          bytea not null,
    birth_date        date not null,
    sex               char(1) not null,
    ethnicity         varchar(60),
    religion          varchar(60),
    home_town         varchar(300),
    residence         varchar(300),
    citizen_id        varchar(12),
    party_card_no     varchar(8),
    member_file_no    varchar(10),
    admitted_on       date not null,
    full_member_on    date,
    education         varchar(20),
    qualification     varchar(200),
    political_theory  varchar(20),
    phone             varchar(20),
    status            varchar(20) not null,
    status_since      date not null,
    unit_id           bigint not null references org_unit (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           int not null default 0,
    constraint member_sex check (sex in ('M', 'F')),
    constraint member_status check (status in ('PROBATIONARY', 'FULL', 'EXEMPTED', 'SUSPENDED', 'TRANSFERRED_OUT',
                                               'DECEASED', 'REMOVED', 'EXPELLED')),
    constraint member_theory check (political_theory is null or political_theory in
                                    ('ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    constraint member_citizen_id_format check (citizen_id is null or citizen_id ~ '^[0-9]{12}$'),
    constraint member_card_format check (party_card_no is null or party_card_no ~ '^[0-9]{8}$'),
    constraint member_file_format check (member_file_no is null or member_file_no ~ '^[0-9]{6}[A-ZĐ]{1,3}$'),
    constraint member_full_after_admission check (full_member_on is null or full_member_on >= admitted_on)
);
create unique index member_citizen_id_uq on member (citizen_id) where citizen_id is not null;
create unique index member_card_uq on member (party_card_no) where party_card_no is not null;
create index member_sort_idx on member (sort_key, id);
create index member_unit_sort_idx on member (unit_id, sort_key, id);
create index member_search_idx on member using gin (search_key gin_trgm_ops);
create index member_status_idx on member (status);

create table member_status_period (
    id            bigserial primary key,
    member_id     bigint not null references member (id),
    status        varchar(20) not null,
    from_date     date not null,
    to_date       date,
    decision_ref  varchar(300),
    note          text,
    recorded_at   timestamptz not null default now(),
    constraint member_status_period_dates check (to_date is null or to_date >= from_date),
    constraint member_status_period_no_overlap exclude using gist (
        member_id with =, daterange(from_date, to_date, '[]') with &&)
);
create index member_status_period_member_idx on member_status_period (member_id, from_date);

-- Which chapter a member belonged to, from when to when; a transfer closes one and opens the next.
create table member_membership (
    id            bigserial primary key,
    member_id     bigint not null references member (id),
    unit_id       bigint not null references org_unit (id),
    from_date     date not null,
    to_date       date,
    decision_ref  varchar(300),
    event_id      bigint references org_event (id),
    constraint member_membership_dates check (to_date is null or to_date >= from_date),
    constraint member_membership_no_overlap exclude using gist (
        member_id with =, daterange(from_date, to_date, '[]') with &&)
);
create index member_membership_member_idx on member_membership (member_id, from_date);
create index member_membership_unit_idx on member_membership (unit_id, from_date);

create table member_position (
    id            bigserial primary key,
    member_id     bigint not null references member (id),
    unit_id       bigint not null references org_unit (id),
    title         varchar(200) not null,
    kind          varchar(20) not null,
    from_date     date not null,
    to_date       date,
    decision_ref  varchar(300),
    event_id      bigint references org_event (id),
    constraint member_position_kind check (kind in ('PARTY', 'GOVERNMENT')),
    constraint member_position_dates check (to_date is null or to_date >= from_date)
);
create index member_position_member_idx on member_position (member_id, from_date);
create index member_position_unit_idx on member_position (unit_id);
create index member_position_current_idx on member_position (title) where to_date is null;
