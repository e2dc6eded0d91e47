-- Files a module keeps for itself (issue 10): discipline files are sensitive personal data, so the
-- general download (/files/{id}, which checks only the scope) refuses them; the owning module
-- serves them after its own role check.
alter table attachment add column restricted_to varchar(40);

create table discipline_attachment (
    case_id   bigint not null references discipline_case (id),
    file_id   bigint not null references attachment (id),
    note      varchar(300) not null default '',
    primary key (case_id, file_id)
);
