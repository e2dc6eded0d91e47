-- The member list counts its matches on every page: by status (the statuses still in a chapter,
-- by default) within the units of a scope. With (status, unit_id) the count is an index-only
-- scan of a small index instead of a read of the whole member table: at province scale
-- (400,000 members, docs/benchmarks/member-paging.md) about 4× faster for the whole province
-- and 15× faster for one commune. It replaces the index on status alone, its prefix.
create index member_status_unit_idx on member (status, unit_id);
drop index member_status_idx;
