-- The platform: a minimal organisation tree (extended by the organisation module), user
-- accounts with grants on units, and the append-only audit trail.

create table org_unit_type (
    code        varchar(40) primary key,
    sort_order  int not null
);

insert into org_unit_type (code, sort_order) values
    ('PROVINCIAL_COMMITTEE', 10),      -- Tỉnh ủy / Thành ủy
    ('DIRECT_COMMITTEE', 20),          -- Đảng ủy trực thuộc
    ('DISTRICT_COMMITTEE', 30),        -- Huyện ủy / Thị ủy / Quận ủy (until 30/6/2025)
    ('COMMUNE_COMMITTEE', 40),         -- Đảng ủy xã / phường / đặc khu
    ('GRASSROOTS_COMMITTEE', 50),      -- Đảng bộ cơ sở
    ('GRASSROOTS_CHAPTER', 60),        -- Chi bộ cơ sở
    ('PARTIAL_COMMITTEE', 70),         -- Đảng bộ bộ phận
    ('SUB_CHAPTER', 80),               -- Chi bộ trực thuộc
    ('PARTY_CELL', 90),                -- Tổ đảng
    ('AGENCY', 100),                   -- cơ quan, ban, đoàn thể (reviewed collectives)
    ('ADVISORY_BOARD', 110);           -- ban tham mưu của cấp ủy

create table org_unit (
    id          bigserial primary key,
    parent_id   bigint references org_unit (id),
    type_code   varchar(40) not null references org_unit_type (code),
    name        varchar(300) not null,
    valid_from  date not null default date '1930-02-03',
    valid_to    date,
    created_at  timestamptz not null default now(),
    constraint org_unit_valid_dates check (valid_to is null or valid_to >= valid_from),
    constraint org_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table app_user (
    id                    bigserial primary key,
    username              varchar(60) not null,
    full_name             varchar(200) not null,
    password_hash         varchar(200) not null,
    enabled               boolean not null default true,
    must_change_password  boolean not null default false,
    member_id             bigint,
    created_at            timestamptz not null default now(),
    version               int not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9._-]{3,60}$')
);
create unique index app_user_username_uq on app_user (lower(username));

create table user_grant (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    role         varchar(40) not null,
    org_unit_id  bigint not null references org_unit (id),
    granted_at   timestamptz not null default now(),
    granted_by   varchar(60),
    constraint user_grant_role check (role in ('ADMIN', 'LEADERSHIP', 'ORGANIZATION_BOARD', 'INSPECTION',
                                              'PROPAGANDA', 'OFFICE', 'SECRETARY', 'MEMBER')),
    constraint user_grant_uq unique (user_id, role, org_unit_id)
);
create index user_grant_unit_idx on user_grant (org_unit_id);

create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz not null default clock_timestamp(),
    actor           varchar(60),
    action          varchar(40) not null,
    record_type     varchar(60) not null,
    record_id       varchar(80),
    before_summary  text,
    after_summary   text,
    detail          text,
    remote_address  varchar(64)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_type_idx on audit_event (record_type, occurred_at desc);

-- The audit trail is append-only: the database itself refuses to change or remove a line.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
