-- A source (a plan, a report draft) is issued once; later changes are new versions of the same
-- document. The application checks first; this index makes two simultaneous issues of one source
-- fail instead of taking two numbers.
drop index if exists issued_document_source_idx;
create unique index issued_document_source_uq on issued_document (source_kind, source_id) where status = 'ISSUED';
