-- Issue 9: an audit line says what happened by a message key and its arguments, rendered in the
-- language of whoever reads the trail. Lines written before keep their summaries as they are.
alter table audit_event add column message_key varchar(120);
alter table audit_event add column message_args text[] not null default '{}';
