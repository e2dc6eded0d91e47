package vn.xdd.discipline.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.domain.CaseStep;
import vn.xdd.discipline.domain.ComplaintRecord;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.Violation;

/** Discipline cases, their violations, steps and complaints. Each change of a case raises its version. */
@Repository
public class JdbcDisciplineCases {

	private static final String COLUMNS = """
			id, member_id, organization_id, subject_kind, subject_unit_id, opened_by_unit_id, source, summary,
			opened_on, status, proposed_form, proposed_on, rule_set, form, decision_number, decided_by_unit_id,
			concluded_on, decided_on, announced_on, lapses_on, annulled_on, closing_reason, closed_on, note, version""";

	private final JdbcClient jdbc;

	public JdbcDisciplineCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new case, in status OPENED. */
	public CaseId insert(@Nullable Long memberId, @Nullable Long organizationId, SubjectKind kind, long subjectUnitId,
			long openedByUnitId, CaseSource source, String summary, LocalDate openedOn, String createdBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discipline_case (member_id, organization_id, subject_kind, subject_unit_id,
				    opened_by_unit_id, source, summary, opened_on, status, created_by)
				values (:member, :organization, :kind, :subjectUnit, :openedBy, :source, :summary, :openedOn,
				    'OPENED', :createdBy)""")
			.param("member", memberId)
			.param("organization", organizationId)
			.param("kind", kind.name())
			.param("subjectUnit", subjectUnitId)
			.param("openedBy", openedByUnitId)
			.param("source", source.name())
			.param("summary", summary)
			.param("openedOn", openedOn)
			.param("createdBy", createdBy)
			.update(key, "id");
		return new CaseId(java.util.Objects.requireNonNull(key.getKeyAs(Long.class)));
	}

	public Optional<DisciplineCase> find(CaseId id) {
		return jdbc.sql("select " + COLUMNS + " from discipline_case where id = :id")
			.param("id", id.value())
			.query(JdbcDisciplineCases::caseOf)
			.optional();
	}

	/** The case, locked until the end of the transaction: two editors at once are served one after the other. */
	public Optional<DisciplineCase> lock(CaseId id) {
		return jdbc.sql("select " + COLUMNS + " from discipline_case where id = :id for update")
			.param("id", id.value())
			.query(JdbcDisciplineCases::caseOf)
			.optional();
	}

	public void insertViolation(CaseId id, Violation violation) {
		jdbc.sql("""
				insert into discipline_violation (case_id, description, committed_from, committed_on, category,
				    rule_breached, higher_level_task)
				values (:case, :description, :from, :on, :category, :rule, :higher)""")
			.param("case", id.value())
			.param("description", violation.description())
			.param("from", violation.committedFrom())
			.param("on", violation.committedOn())
			.param("category", violation.category().name())
			.param("rule", violation.ruleBreached())
			.param("higher", violation.higherLevelTask())
			.update();
	}

	public List<Violation> violations(CaseId id) {
		return jdbc.sql("""
				select description, committed_from, committed_on, category, rule_breached, higher_level_task
				from discipline_violation where case_id = :case order by committed_on, id""")
			.param("case", id.value())
			.query((rs, n) -> new Violation(rs.getString(1), day(rs.getDate(2)), rs.getDate(3).toLocalDate(),
					ViolationCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	/**
	 * The first violation of the case's subject committed on or after the day, recorded in another case:
	 * a repeat or new violation, which stops a decision's lapse.
	 */
	public Optional<LocalDate> firstViolationOfSubjectSince(DisciplineCase of, LocalDate day) {
		return jdbc.sql("""
				select min(v.committed_on) from discipline_violation v
				join discipline_case c on c.id = v.case_id
				where c.id <> :case and v.committed_on >= :day
				  and (c.member_id = :member or c.organization_id = :organization)""")
			.param("case", of.id().value())
			.param("day", day)
			.param("member", of.memberId())
			.param("organization", of.organizationId())
			.query((rs, n) -> Optional.ofNullable(day(rs.getDate(1))))
			.single();
	}

	/** The decided cases of the subject other than this one, whose lapse a new violation may stop. */
	public List<DisciplineCase> otherDecidedCasesOfSubject(DisciplineCase of) {
		return jdbc.sql("select " + COLUMNS + """
				 from discipline_case
				where id <> :case and form is not null
				  and (member_id = :member or organization_id = :organization)
				order by decided_on, id""")
			.param("case", of.id().value())
			.param("member", of.memberId())
			.param("organization", of.organizationId())
			.query(JdbcDisciplineCases::caseOf)
			.list();
	}

	public void step(CaseId id, String action, CaseStatus status, LocalDate day, @Nullable DisciplineForm form,
			String note, String recordedBy) {
		jdbc.sql("""
				insert into discipline_case_step (case_id, action, status, day, form, note, recorded_by)
				values (:case, :action, :status, :day, :form, :note, :by)""")
			.param("case", id.value())
			.param("action", action)
			.param("status", status.name())
			.param("day", day)
			.param("form", form == null ? null : form.name())
			.param("note", note)
			.param("by", recordedBy)
			.update();
	}

	public List<CaseStep> steps(CaseId id) {
		return jdbc.sql("""
				select action, status, day, form, note, recorded_by, recorded_at
				from discipline_case_step where case_id = :case order by id""")
			.param("case", id.value())
			.query((rs, n) -> new CaseStep(rs.getString(1), CaseStatus.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), form(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** Moves the case to a status, with the version it was read at: a change made meanwhile refuses the move. */
	public void move(DisciplineCase read, CaseStatus to) {
		int changed = jdbc.sql("""
				update discipline_case set status = :status, version = version + 1
				where id = :id and version = :version""")
			.param("status", to.name())
			.param("id", read.id().value())
			.param("version", read.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("discipline case " + read.id() + " changed meanwhile");
		}
	}

	public void propose(CaseId id, DisciplineForm form, LocalDate day) {
		jdbc.sql("update discipline_case set proposed_form = :form, proposed_on = :day where id = :id")
			.param("form", form.name())
			.param("day", day)
			.param("id", id.value())
			.update();
	}

	public void decide(CaseId id, DisciplineForm form, String ruleSet, @Nullable String decisionNumber, long decidedByUnitId,
			LocalDate concludedOn, LocalDate decidedOn, LocalDate announcedOn, @Nullable LocalDate lapsesOn,
			boolean heldPost, boolean committeeMember) {
		jdbc.sql("""
				update discipline_case set form = :form, rule_set = :ruleSet, decision_number = :number,
				    decided_by_unit_id = :decidedBy, concluded_on = :concludedOn, decided_on = :decidedOn,
				    announced_on = :announcedOn, lapses_on = :lapsesOn, subject_held_post = :heldPost,
				    subject_committee_member = :committeeMember
				where id = :id""")
			.param("heldPost", heldPost)
			.param("committeeMember", committeeMember)
			.param("form", form.name())
			.param("ruleSet", ruleSet)
			.param("number", decisionNumber)
			.param("decidedBy", decidedByUnitId)
			.param("concludedOn", concludedOn)
			.param("decidedOn", decidedOn)
			.param("announcedOn", announcedOn)
			.param("lapsesOn", lapsesOn)
			.param("id", id.value())
			.update();
	}

	public void close(CaseId id, ClosingReason reason, LocalDate closedOn, String note) {
		jdbc.sql("update discipline_case set closing_reason = :reason, closed_on = :day, note = :note where id = :id")
			.param("reason", reason.name())
			.param("day", closedOn)
			.param("note", note)
			.param("id", id.value())
			.update();
	}

	public void recordVote(CaseId id, vn.xdd.discipline.@Nullable Vote vote, String signatory) {
		jdbc.sql("""
				update discipline_case set body_members = :members, votes_for = :inFavour, votes_against = :against,
				    signatory = :signatory
				where id = :id""")
			.param("members", vote == null ? null : vote.members())
			.param("inFavour", vote == null ? null : vote.inFavour())
			.param("against", vote == null ? null : vote.against())
			.param("signatory", signatory)
			.param("id", id.value())
			.update();
	}

	/** The vote and the signatory of the decision, if recorded. */
	public VoteRecord voteOf(CaseId id) {
		return jdbc.sql("select body_members, votes_for, votes_against, coalesce(signatory, '') from discipline_case where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new VoteRecord(rs.getObject(1) == null ? null
					: new vn.xdd.discipline.Vote(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getString(4)))
			.single();
	}

	public record VoteRecord(vn.xdd.discipline.@Nullable Vote vote, String signatory) {
	}

	public void attach(CaseId id, long fileId, String note) {
		jdbc.sql("insert into discipline_attachment (case_id, file_id, note) values (:case, :file, :note)")
			.param("case", id.value())
			.param("file", fileId)
			.param("note", note)
			.update();
	}

	/** The files of the case, in the order attached, with their notes. */
	public java.util.LinkedHashMap<Long, String> attachments(CaseId id) {
		java.util.LinkedHashMap<Long, String> files = new java.util.LinkedHashMap<>();
		jdbc.sql("select file_id, note from discipline_attachment where case_id = :case order by file_id")
			.param("case", id.value())
			.query(rs -> {
				files.put(rs.getLong(1), rs.getString(2));
			});
		return files;
	}

	public void setDecisionNumber(CaseId id, String numberSymbol) {
		jdbc.sql("update discipline_case set decision_number = :number, version = version + 1 where id = :id")
			.param("number", numberSymbol)
			.param("id", id.value())
			.update();
	}

	public void setLapse(CaseId id, @Nullable LocalDate lapsesOn) {
		jdbc.sql("update discipline_case set lapses_on = :day where id = :id")
			.param("day", lapsesOn)
			.param("id", id.value())
			.update();
	}

	public void changeForm(CaseId id, DisciplineForm form) {
		jdbc.sql("update discipline_case set form = :form where id = :id")
			.param("form", form.name())
			.param("id", id.value())
			.update();
	}

	public void annul(CaseId id, LocalDate day, String note) {
		jdbc.sql("update discipline_case set annulled_on = :day, lapses_on = null, note = :note where id = :id")
			.param("day", day)
			.param("note", note)
			.param("id", id.value())
			.update();
	}

	/** The cases whose decision is due to lapse by the day and has not been marked so. */
	public List<CaseId> dueLapses(LocalDate today) {
		return jdbc.sql("""
				select id from discipline_case
				where status in ('DECIDED', 'UPHELD', 'CHANGED') and lapses_on is not null and lapses_on <= :today
				order by id""")
			.param("today", today)
			.query((rs, n) -> new CaseId(rs.getLong(1)))
			.list();
	}

	/** The decided cases against the member (annulled ones included: the caller judges them). */
	public List<DisciplineCase> decidedAgainstMember(long memberId) {
		return jdbc.sql("select " + COLUMNS + " from discipline_case where member_id = :id and form is not null order by decided_on, id")
			.param("id", memberId)
			.query(JdbcDisciplineCases::caseOf)
			.list();
	}

	public List<DisciplineCase> decidedAgainstOrganization(long organizationId) {
		return jdbc.sql("select " + COLUMNS + " from discipline_case where organization_id = :id and form is not null order by decided_on, id")
			.param("id", organizationId)
			.query(JdbcDisciplineCases::caseOf)
			.list();
	}

	/** Every case of the member or organisation, newest first, for the subject's record. */
	public List<DisciplineCase> ofSubject(@Nullable Long memberId, @Nullable Long organizationId) {
		return jdbc.sql("select " + COLUMNS + """
				 from discipline_case where member_id = :member or organization_id = :organization
				order by opened_on desc, id desc""")
			.param("member", memberId)
			.param("organization", organizationId)
			.query(JdbcDisciplineCases::caseOf)
			.list();
	}

	/** One page of the cases placed in the units, filtered, newest first; and how many there are in all. */
	public List<DisciplineCase> list(Collection<Long> units, CaseFilter filter, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " from discipline_case where " + filter.where()
				+ " order by opened_on desc, id desc offset :offset limit :limit")
			.paramSource(filter.params(units).addValue("offset", offset).addValue("limit", limit))
			.query(JdbcDisciplineCases::caseOf)
			.list();
	}

	public long count(Collection<Long> units, CaseFilter filter) {
		return jdbc.sql("select count(*) from discipline_case where " + filter.where())
			.paramSource(filter.params(units))
			.query(Long.class)
			.single();
	}

	/** Decisions of the period in the units, not annulled, counted by kind of subject and form. */
	public List<FormTally> tally(Collection<Long> units, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select subject_kind, form, count(*) from discipline_case
				where subject_unit_id = any(:units) and form is not null and annulled_on is null
				  and decided_on >= :from and decided_on <= :until
				group by subject_kind, form""")
			.param("units", units.toArray(Long[]::new))
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> new FormTally(SubjectKind.valueOf(rs.getString(1)), DisciplineForm.valueOf(rs.getString(2)),
					rs.getLong(3)))
			.list();
	}

	/** How many decisions of one subject kind and form. */
	public record FormTally(SubjectKind subject, DisciplineForm form, long count) {
	}

	/** Decided cases of the period by the category of their violations (a case counts once per category). */
	public List<CategoryTally> byCategory(Collection<Long> units, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select v.category, count(distinct c.id) from discipline_case c
				join discipline_violation v on v.case_id = c.id
				where c.subject_unit_id = any(:units) and c.form is not null and c.annulled_on is null
				  and c.decided_on >= :from and c.decided_on <= :until
				group by v.category""")
			.param("units", units.toArray(Long[]::new))
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> new CategoryTally(ViolationCategory.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
	}

	public record CategoryTally(ViolationCategory category, long count) {
	}

	/** Members disciplined in the period who held a post on the decision day, and those on their chapter's committee. */
	public long[] postHolders(Collection<Long> units, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select count(*) filter (where subject_held_post), count(*) filter (where subject_committee_member)
				from discipline_case
				where subject_unit_id = any(:units) and form is not null and annulled_on is null and member_id is not null
				  and decided_on >= :from and decided_on <= :until""")
			.param("units", units.toArray(Long[]::new))
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	public void insertComplaint(CaseId id, LocalDate receivedOn, LocalDate filedOn, String addressedTo, String content,
			DisciplineForm decidedForm) {
		jdbc.sql("""
				insert into discipline_complaint (case_id, received_on, filed_on, addressed_to, content, decided_form)
				values (:case, :received, :filed, :to, :content, :form)""")
			.param("case", id.value())
			.param("received", receivedOn)
			.param("filed", filedOn)
			.param("to", addressedTo)
			.param("content", content)
			.param("form", decidedForm.name())
			.update();
	}

	public List<ComplaintRecord> complaints(CaseId id) {
		return jdbc.sql("""
				select id, case_id, received_on, filed_on, addressed_to, content, decided_form, outcome, ruled_on,
				       changed_to, ruling_note
				from discipline_complaint where case_id = :case order by id""")
			.param("case", id.value())
			.query((rs, n) -> new ComplaintRecord(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), DisciplineForm.valueOf(rs.getString(7)),
					rs.getString(8) == null ? null : ComplaintOutcome.valueOf(rs.getString(8)), day(rs.getDate(9)),
					form(rs.getString(10)), rs.getString(11)))
			.list();
	}

	public Optional<ComplaintRecord> pendingComplaint(CaseId id) {
		return complaints(id).stream().filter(ComplaintRecord::pending).findFirst();
	}

	public void ruleComplaint(long complaintId, ComplaintOutcome outcome, LocalDate ruledOn,
			@Nullable DisciplineForm changedTo, String note) {
		jdbc.sql("""
				update discipline_complaint set outcome = :outcome, ruled_on = :day, changed_to = :changedTo,
				    ruling_note = :note
				where id = :id and outcome is null""")
			.param("outcome", outcome.name())
			.param("day", ruledOn)
			.param("changedTo", changedTo == null ? null : changedTo.name())
			.param("note", note)
			.param("id", complaintId)
			.update();
	}

	private static DisciplineCase caseOf(ResultSet rs, int n) throws SQLException {
		return new DisciplineCase(new CaseId(rs.getLong("id")), (Long) rs.getObject("member_id"),
				(Long) rs.getObject("organization_id"), SubjectKind.valueOf(rs.getString("subject_kind")),
				rs.getLong("subject_unit_id"), rs.getLong("opened_by_unit_id"), CaseSource.valueOf(rs.getString("source")),
				rs.getString("summary"), rs.getDate("opened_on").toLocalDate(), CaseStatus.valueOf(rs.getString("status")),
				form(rs.getString("proposed_form")), day(rs.getDate("proposed_on")), rs.getString("rule_set"),
				form(rs.getString("form")), rs.getString("decision_number"), (Long) rs.getObject("decided_by_unit_id"),
				day(rs.getDate("concluded_on")), day(rs.getDate("decided_on")), day(rs.getDate("announced_on")),
				day(rs.getDate("lapses_on")), day(rs.getDate("annulled_on")),
				rs.getString("closing_reason") == null ? null : ClosingReason.valueOf(rs.getString("closing_reason")),
				day(rs.getDate("closed_on")), rs.getString("note"), rs.getInt("version"));
	}

	private static @Nullable DisciplineForm form(@Nullable String name) {
		return name == null ? null : DisciplineForm.valueOf(name);
	}

	private static @Nullable LocalDate day(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
