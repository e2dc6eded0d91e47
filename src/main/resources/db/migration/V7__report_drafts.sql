-- Drafts of the results report (Báo cáo kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm):
-- a unit, a period and optionally a campaign; the text blocks the unit writes. The figures are
-- computed from the register whenever the report is shown, never stored.

create table report_draft (
    id                  bigserial primary key,
    unit_id             bigint not null references org_unit (id),
    period_from         date not null,
    period_to           date not null,
    campaign_id         bigint references review_campaign (id),
    situation           text not null default '',
    limitations         text not null default '',
    tasks_ahead         text not null default '',
    recommendations     text not null default '',
    version             int not null default 0,
    created_by          varchar(60) not null,
    created_at          timestamptz not null default now(),
    constraint report_draft_period check (period_from <= period_to)
);

create index report_draft_unit on report_draft (unit_id);
