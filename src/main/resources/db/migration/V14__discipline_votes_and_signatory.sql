-- The vote of the competent body and who signed the decision (issue 10).
alter table discipline_case add column body_members int;
alter table discipline_case add column votes_for int;
alter table discipline_case add column votes_against int;
alter table discipline_case add column signatory varchar(200);
alter table discipline_case add constraint discipline_case_votes check (
    (body_members is null and votes_for is null and votes_against is null)
    or (body_members > 0 and votes_for >= 0 and votes_against >= 0 and votes_for + votes_against <= body_members));
