-- Personal access tokens of the API (issue 17): a user creates them for himself, with an expiry.
-- Only the SHA-256 of the secret is kept (the secret itself is shown once, at creation); the
-- prefix lets the holder recognise a token in his list. last_used_on records the day of the last
-- use, so that the audit trail gets one line per token and day, not one per request.
create table api_token (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id),
    name          varchar(100) not null,
    secret_hash   char(64) not null unique,
    prefix        varchar(16) not null,
    created_at    timestamptz not null default clock_timestamp(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_on  date
);
create index api_token_user_idx on api_token (user_id, created_at desc);
