-- Issue 9: a notice says what happened by a message key and its arguments, rendered in the
-- language of whoever reads it (the centre, the API, the e-mail), as audit lines do since V9.
-- Notices written before keep their texts as they are; new ones store no text.
alter table notification add column message_key varchar(120);
alter table notification add column message_args text[] not null default '{}';
alter table notification alter column text drop not null;
alter table notification add constraint notification_text_or_key check (text is not null or message_key is not null);
