-- Indexes for the member list at province scale (400,000 members in 8,000 chapters; figures and
-- plans in docs/benchmarks/member-paging.md).

-- The list walks the members in official order and keeps those of the scope's units, in the
-- listed statuses, whose name matches the search. With the search key, unit and status in the
-- index, that walk reads the index only and visits the table for the 50 rows of the page. It
-- matters for a search by given name: official order is given name first, so the matches of
-- "tuyet" all lie near the end of the order (0.9 s reading the table, 60 ms reading this index).
-- It replaces the index on (sort_key, id) alone.
create index member_list_idx on member (sort_key, id) include (search_key, unit_id, status);
drop index member_sort_idx;

-- The list counts its matches: by status (those still in a chapter, by default) within the
-- scope's units. With (status, unit_id) that count reads a small index instead of the whole
-- table: about 4× faster for the whole province and 15× for one commune. It replaces the index
-- on status alone, its prefix.
create index member_status_unit_idx on member (status, unit_id);
drop index member_status_idx;
