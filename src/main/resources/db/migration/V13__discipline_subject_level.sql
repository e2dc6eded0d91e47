-- The subject's level on the decision day, for the statistics "by level of the subject" (issue 10):
-- whether the member held a post, and whether he sat on his chapter's committee.
alter table discipline_case add column subject_held_post boolean;
alter table discipline_case add column subject_committee_member boolean;
