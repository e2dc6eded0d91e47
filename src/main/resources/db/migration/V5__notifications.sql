-- The notification centre: notices addressed to a user, or to whoever holds a role in a unit
-- (each such user reads the notice on their own), and an optional e-mail address per account.

alter table app_user add column email varchar(200);

create table notification (
    id          bigserial primary key,
    user_id     bigint references app_user (id),
    role        varchar(40),
    unit_id     bigint references org_unit (id),
    kind        varchar(40) not null,
    text        text not null,
    link        varchar(1000) not null,
    key         varchar(200) not null,
    created_at  timestamptz not null default now(),
    day         date not null,
    constraint notification_addressee check ((user_id is not null and role is null and unit_id is null)
                                          or (user_id is null and role is not null and unit_id is not null)),
    constraint notification_kind check (kind in ('ASSIGNED', 'DUE_SOON', 'OVERDUE', 'RETURNED',
                                                 'ACKNOWLEDGEMENT_PENDING', 'VERIFICATION_PENDING', 'VERIFIED'))
);

-- The same notice (addressee, kind, key) is stored at most once a day: the daily deadline job may
-- run again, and a repeated action does not flood the centre.
create unique index notification_once_a_day_uq
    on notification (coalesce(user_id, 0), coalesce(role, ''), coalesce(unit_id, 0), kind, key, day);
create index notification_user_idx on notification (user_id, created_at desc) where user_id is not null;
create index notification_role_idx on notification (role, unit_id, created_at desc) where role is not null;

create table notification_read (
    notification_id  bigint not null references notification (id) on delete cascade,
    user_id          bigint not null references app_user (id),
    read_at          timestamptz not null default now(),
    primary key (notification_id, user_id)
);
create index notification_read_user_idx on notification_read (user_id);
