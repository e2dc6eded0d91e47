-- Official documents (Hướng dẫn 36-HD/VPTW): document types and committee terms as data, the
-- numbering register per issuing unit, type and term, the issuer profile of each unit, and the
-- issued documents with their files, kept unchanged (append-only versions with checksums).

create table document_type (
    code        varchar(10) primary key,
    name        varchar(120) not null,
    sort_order  int not null
);

insert into document_type (code, name, sort_order) values
    ('NQ', 'Nghị quyết', 10),
    ('QĐ', 'Quyết định, quy định', 20),
    ('CT', 'Chỉ thị', 30),
    ('KL', 'Kết luận', 40),
    ('HD', 'Hướng dẫn', 50),
    ('KH', 'Kế hoạch', 60),
    ('BC', 'Báo cáo', 70),
    ('TB', 'Thông báo', 80),
    ('CV', 'Công văn', 90),
    ('QC', 'Quy chế', 100),
    ('TTr', 'Tờ trình', 110),
    ('BB', 'Biên bản', 120),
    ('CTr', 'Chương trình', 130),
    ('BS', 'Bản sao', 140);

-- A committee term (nhiệm kỳ) of a unit's party committee: numbers restart at 01 in each term.
create table committee_term (
    id          bigserial primary key,
    unit_id     bigint not null references org_unit (id),
    name        varchar(120) not null,
    starts_on   date not null,
    ends_on     date,
    created_by  varchar(60) not null,
    created_at  timestamptz not null default now(),
    version     int not null default 0,
    constraint committee_term_dates check (ends_on is null or ends_on >= starts_on),
    constraint committee_term_no_overlap exclude using gist (
        unit_id with =,
        daterange(starts_on, ends_on, '[]') with &&
    )
);

-- The last number given per issuing unit, document type and term; reserved in one statement.
create table document_number_sequence (
    unit_id      bigint not null references org_unit (id),
    type_code    varchar(10) not null references document_type (code),
    term_id      bigint not null references committee_term (id),
    last_number  int not null,
    primary key (unit_id, type_code, term_id)
);

-- What the header and signature of a unit's documents say; defaults are derived when absent.
create table issuer_profile (
    unit_id            bigint primary key references org_unit (id),
    superior_body      varchar(200) not null,
    issuing_body       varchar(200) not null,
    place              varchar(120) not null,
    body_abbreviation  varchar(20) not null,
    authority_line     varchar(120) not null,
    signer_title       varchar(120) not null,
    signer_name        varchar(200) not null default '',
    recipients         text not null default '',
    updated_by         varchar(60) not null,
    updated_at         timestamptz not null default now(),
    version            int not null default 0
);

create table issued_document (
    id             bigserial primary key,
    unit_id        bigint not null references org_unit (id),
    kind           varchar(40) not null,
    type_code      varchar(10) not null references document_type (code),
    term_id        bigint not null references committee_term (id),
    number         int not null check (number > 0),
    suffix         varchar(1) check (suffix ~ '^[a-z]$'),
    number_symbol  varchar(60) not null,
    issued_on      date not null,
    summary        text not null,
    search_key     text not null,
    source_kind    varchar(40) not null,
    source_id      bigint not null,
    status         varchar(20) not null default 'ISSUED',
    created_by     varchar(60) not null,
    created_at     timestamptz not null default now()
);
create unique index issued_document_number_uq
    on issued_document (unit_id, type_code, term_id, number, coalesce(suffix, ''));
create index issued_document_unit_idx on issued_document (unit_id, issued_on desc);
create index issued_document_source_idx on issued_document (source_kind, source_id);

create table document_version (
    document_id  bigint not null references issued_document (id),
    version_no   int not null check (version_no > 0),
    docx         bytea not null,
    pdf          bytea not null,
    docx_sha256  char(64) not null,
    pdf_sha256   char(64) not null,
    issued_by    varchar(60) not null,
    issued_at    timestamptz not null default clock_timestamp(),
    primary key (document_id, version_no)
);

-- An issued file is evidence: the database refuses to change or remove a version.
create function document_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document_version is append-only';
end;
$$;
create trigger document_version_no_update before update or delete on document_version
    for each row execute function document_version_append_only();
create trigger document_version_no_truncate before truncate on document_version
    for each statement execute function document_version_append_only();
