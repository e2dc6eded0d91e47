package vn.xdd.classification.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.Rating;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.Wording;
import vn.xdd.classification.YearResult;
import vn.xdd.classification.domain.Criterion;
import vn.xdd.classification.domain.Frame;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.domain.Subject;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/** Classification in PostgreSQL: rule sets and criteria, rounds and subjects, their steps, results by year. */
@Repository
public class JdbcClassification {

	private final JdbcClient jdbc;

	public JdbcClassification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- rule sets ---

	public List<RuleSet> ruleSets() {
		return jdbc.sql("select * from classification_rule_set order by first_year").query((rs, n) -> ruleSet(rs)).list();
	}

	public Optional<RuleSet> ruleSet(String code) {
		return jdbc.sql("select * from classification_rule_set where code = ?").param(code).query((rs, n) -> ruleSet(rs))
			.optional();
	}

	public void updateSettings(String code, RuleSet.Settings s, int version) {
		int updated = jdbc.sql("""
				update classification_rule_set set excellent_min_score = :excellent, good_min_score = :good,
				       completed_min_score = :completed, exceeded_min_percent = :exceeded, behind_max_percent = :behind,
				       done_min_percent = :done, min_months_admitted = :months, earlier_shortcomings_gate = :earlier,
				       quota_enabled = :quota, quota_percent = :percent, version = version + 1
				where code = :code and version = :version""")
			.param("excellent", s.excellentMinScore())
			.param("good", s.goodMinScore())
			.param("completed", s.completedMinScore())
			.param("exceeded", s.exceededMinPercent())
			.param("behind", s.behindMaxPercent())
			.param("done", s.doneMinPercent())
			.param("months", s.minMonthsAdmitted())
			.param("earlier", s.earlierShortcomingsGate())
			.param("quota", s.quotaEnabled())
			.param("percent", s.quotaPercent())
			.param("code", code)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("classification rule set " + code + " changed meanwhile");
		}
	}

	public List<Criterion> criteria(String ruleSet, Frame frame) {
		List<Criterion> found = criteriaOf(ruleSet, frame.name());
		if (found.isEmpty() && frame != Frame.COLLECTIVE) {
			// a frame the rule set has no appendix for is scored on the individuals' one
			found = criteriaOf(ruleSet, Frame.INDIVIDUAL.name());
		}
		return found;
	}

	private List<Criterion> criteriaOf(String ruleSet, String frame) {
		return jdbc.sql("""
				select code, name, part, max_points from classification_criterion
				where rule_set = ? and frame = ? order by sort_order""")
			.params(ruleSet, frame)
			.query((rs, n) -> new Criterion(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)))
			.list();
	}

	// --- rounds ---

	public RoundId insertRound(OrgUnitId unit, int year, String ruleSet, @Nullable LocalDate selfDeadline,
			@Nullable LocalDate appraisalDeadline, @Nullable LocalDate decisionDeadline, LocalDate openedOn,
			@Nullable String openedBy) {
		try {
			return insertRoundRow(unit, year, ruleSet, selfDeadline, appraisalDeadline, decisionDeadline, openedOn, openedBy);
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// two openers at once: the second is told the round exists, as if it had looked first
			throw new vn.xdd.shared.BusinessRuleException("classification.error.roundExists", String.valueOf(year));
		}
	}

	private RoundId insertRoundRow(OrgUnitId unit, int year, String ruleSet, @Nullable LocalDate selfDeadline,
			@Nullable LocalDate appraisalDeadline, @Nullable LocalDate decisionDeadline, LocalDate openedOn,
			@Nullable String openedBy) {
		return new RoundId(jdbc.sql("""
				insert into classification_round (unit_id, year, rule_set, status, self_deadline, appraisal_deadline,
				    decision_deadline, opened_on, opened_by)
				values (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?) returning id""")
			.params(unit.value(), year, ruleSet, selfDeadline, appraisalDeadline, decisionDeadline, openedOn, openedBy)
			.query(Long.class)
			.single());
	}

	public boolean roundExists(OrgUnitId unit, int year) {
		return jdbc.sql("select count(*) from classification_round where unit_id = ? and year = ?")
			.params(unit.value(), year)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Round> findRound(RoundId id) {
		return jdbc.sql("select * from classification_round where id = ?").param(id.value()).query((rs, n) -> round(rs))
			.optional();
	}

	public Optional<Round> lockRound(RoundId id) {
		return jdbc.sql("select * from classification_round where id = ? for update").param(id.value())
			.query((rs, n) -> round(rs))
			.optional();
	}

	/** The rounds of the given units (a subtree), latest year first. */
	public List<Round> roundsOf(Collection<OrgUnitId> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from classification_round where unit_id in (:units) order by year desc, id desc")
			.param("units", units.stream().map(OrgUnitId::value).toList())
			.query((rs, n) -> round(rs))
			.list();
	}

	public void publish(RoundId id, LocalDate day) {
		jdbc.sql("update classification_round set status = 'PUBLISHED', published_on = ?, version = version + 1 where id = ?")
			.params(day, id.value())
			.update();
	}

	// --- subjects ---

	public SubjectId insertSubject(RoundId round, SubjectKind kind, OrgUnitId unit, @Nullable MemberId member,
			@Nullable OrgUnitId earlierUnit, String name, Frame frame, @Nullable NotEvaluated notEvaluated) {
		return new SubjectId(jdbc.sql("""
				insert into classification_subject (round_id, kind, unit_id, member_id, earlier_unit_id, name, frame,
				    evaluated, not_evaluated, stage)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING') returning id""")
			.params(round.value(), kind.name(), unit.value(), member == null ? null : member.value(),
					earlierUnit == null ? null : earlierUnit.value(), name, frame.name(), notEvaluated == null,
					notEvaluated == null ? null : notEvaluated.name())
			.query(Long.class)
			.single());
	}

	public List<Subject> subjects(RoundId round) {
		return jdbc.sql("select * from classification_subject where round_id = ? order by kind desc, unit_id, id")
			.param(round.value())
			.query((rs, n) -> subject(rs))
			.list();
	}

	public List<Subject> subjectsIn(RoundId round, Collection<OrgUnitId> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from classification_subject where round_id = :round and unit_id in (:units) order by id")
			.param("round", round.value())
			.param("units", units.stream().map(OrgUnitId::value).toList())
			.query((rs, n) -> subject(rs))
			.list();
	}

	public Optional<Subject> findSubject(SubjectId id) {
		return jdbc.sql("select * from classification_subject where id = ?").param(id.value())
			.query((rs, n) -> subject(rs))
			.optional();
	}

	public Optional<Subject> lockSubject(SubjectId id) {
		return jdbc.sql("select * from classification_subject where id = ? for update").param(id.value())
			.query((rs, n) -> subject(rs))
			.optional();
	}

	public void updateSelf(Subject subject, int version, Level level, @Nullable Integer total, String note,
			TaskFigures tasks, @Nullable Level stateLevel) {
		checked(jdbc.sql("""
				update classification_subject set self_level = ?, self_total = ?, self_note = ?, tasks_total = ?,
				       tasks_done = ?, tasks_on_time = ?, tasks_exceeded = ?, tasks_behind = ?, state_level = ?,
				       stage = 'SELF_ASSESSED', version = version + 1
				where id = ? and version = ?""")
			.params(level.name(), total, note, tasks.total(), tasks.done(), tasks.onTime(), tasks.exceeded(),
					tasks.behind(), stateLevel == null ? null : stateLevel.name(), subject.id().value(), version)
			.update(), subject);
	}

	public void replaceScores(SubjectId subject, Map<String, Integer> points, Map<String, Grade> grades) {
		jdbc.sql("delete from classification_score where subject_id = ?").param(subject.value()).update();
		points.forEach((code, value) -> jdbc.sql("insert into classification_score (subject_id, criterion, points) values (?, ?, ?)")
			.params(subject.value(), code, value)
			.update());
		grades.forEach((code, value) -> jdbc.sql("insert into classification_score (subject_id, criterion, grade) values (?, ?, ?)")
			.params(subject.value(), code, value.name())
			.update());
	}

	public Map<String, Integer> points(SubjectId subject) {
		Map<String, Integer> points = new LinkedHashMap<>();
		jdbc.sql("select criterion, points from classification_score where subject_id = ? and points is not null")
			.param(subject.value())
			.query(rs -> {
				points.put(rs.getString(1), rs.getInt(2));
			});
		return points;
	}

	public Map<String, Grade> grades(SubjectId subject) {
		Map<String, Grade> grades = new LinkedHashMap<>();
		jdbc.sql("select criterion, grade from classification_score where subject_id = ? and grade is not null")
			.param(subject.value())
			.query(rs -> {
				grades.put(rs.getString(1), Grade.valueOf(rs.getString(2)));
			});
		return grades;
	}

	public void updateComment(Subject subject, int version, String comment, @Nullable Integer votesFor,
			@Nullable Integer votesAgainst) {
		checked(jdbc.sql("""
				update classification_subject set comment = ?, votes_for = ?, votes_against = ?, stage = 'COMMENTED',
				       version = version + 1
				where id = ? and version = ?""")
			.params(comment, votesFor, votesAgainst, subject.id().value(), version)
			.update(), subject);
	}

	public void updateAppraisal(Subject subject, int version, Level level, String reason, String overruleReason) {
		checked(jdbc.sql("""
				update classification_subject set appraisal_level = ?, appraisal_reason = ?, overrule_reason = ?,
				       stage = 'APPRAISED', version = version + 1
				where id = ? and version = ?""")
			.params(level.name(), reason, overruleReason, subject.id().value(), version)
			.update(), subject);
	}

	public void updateDecision(Subject subject, int version, Level level, boolean outstanding, LocalDate day,
			String reason) {
		checked(jdbc.sql("""
				update classification_subject set decided_level = ?, outstanding = ?, decided_on = ?,
				       decision_reason = ?, stage = 'DECIDED', redoing = false, version = version + 1
				where id = ? and version = ?""")
			.params(level.name(), outstanding, day, reason, subject.id().value(), version)
			.update(), subject);
	}

	/** Back to the appraisal after a redo: the decision is cleared (the step history keeps it). */
	public void reopen(Subject subject) {
		checked(jdbc.sql("""
				update classification_subject set decided_level = null, outstanding = false, decided_on = null,
				       decision_reason = '', stage = 'COMMENTED', redoing = true, version = version + 1
				where id = ? and version = ?""")
			.params(subject.id().value(), subject.version())
			.update(), subject);
	}

	private static void checked(int updated, Subject subject) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException("classification subject " + subject.id() + " changed meanwhile");
		}
	}

	// --- steps ---

	/** A step of a subject, as its page lists it. */
	public record StepRow(String step, @Nullable Level level, String note, @Nullable String actor, OffsetDateTime at) {
	}

	public void step(SubjectId subject, String step, @Nullable Level level, String note, @Nullable String actor) {
		jdbc.sql("insert into classification_step (subject_id, step, level, note, actor) values (?, ?, ?, ?, ?)")
			.params(subject.value(), step, level == null ? null : level.name(), note, actor)
			.update();
	}

	public List<StepRow> steps(SubjectId subject) {
		return jdbc.sql("select step, level, note, actor, at from classification_step where subject_id = ? order by at, id")
			.param(subject.value())
			.query((rs, n) -> new StepRow(rs.getString(1), level(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	// --- results ---

	public void insertResult(SubjectKind kind, @Nullable MemberId member, OrgUnitId unit, int year, String ruleSet,
			Level level, boolean outstanding, String source, @Nullable SubjectId subject, String note,
			@Nullable String by) {
		jdbc.sql("""
				insert into classification_result (kind, member_id, unit_id, year, rule_set, level, outstanding, source,
				    subject_id, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind.name(), member == null ? null : member.value(), unit.value(), year, ruleSet, level.name(),
					outstanding, source, subject == null ? null : subject.value(), note, by)
			.update();
	}

	public boolean resultExists(SubjectKind kind, @Nullable MemberId member, OrgUnitId unit, int year) {
		String sql = kind == SubjectKind.MEMBER
				? "select count(*) from classification_result where member_id = :who and year = :year and cancelled_on is null"
				: "select count(*) from classification_result where member_id is null and unit_id = :who and year = :year and cancelled_on is null";
		return jdbc.sql(sql)
			.param("who", kind == SubjectKind.MEMBER && member != null ? member.value() : unit.value())
			.param("year", year)
			.query(Long.class)
			.single() > 0;
	}

	public void cancelResultOf(SubjectId subject, LocalDate day, String reason) {
		jdbc.sql("""
				update classification_result set cancelled_on = ?, cancel_reason = ?
				where subject_id = ? and cancelled_on is null""")
			.params(day, reason, subject.value())
			.update();
	}

	private static final String RESULT_SELECT = """
			select r.year, r.kind, r.unit_id, u.name, r.rule_set, s.wording, r.level, r.outstanding, r.source
			from classification_result r
			join classification_rule_set s on s.code = r.rule_set
			join org_unit u on u.id = r.unit_id
			""";

	public List<YearResult> resultsOfMember(MemberId member) {
		return jdbc.sql(RESULT_SELECT + " where r.member_id = ? and r.cancelled_on is null order by r.year desc")
			.param(member.value())
			.query((rs, n) -> result(rs))
			.list();
	}

	public Optional<YearResult> resultOfUnit(OrgUnitId unit, int year) {
		return jdbc.sql(RESULT_SELECT + " where r.member_id is null and r.unit_id = ? and r.year = ? and r.cancelled_on is null")
			.params(unit.value(), year)
			.query((rs, n) -> result(rs))
			.optional();
	}

	/** The published results of a year among the given units (organisations, and members of those chapters). */
	public Map<SubjectKind, Map<Level, Long>> counts(Collection<OrgUnitId> units, int year) {
		Map<SubjectKind, Map<Level, Long>> counts = new EnumMap<>(SubjectKind.class);
		if (units.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select kind, level, count(*) from classification_result
				where unit_id in (:units) and year = :year and cancelled_on is null group by kind, level""")
			.param("units", units.stream().map(OrgUnitId::value).toList())
			.param("year", year)
			.query(rs -> {
				counts.computeIfAbsent(SubjectKind.valueOf(rs.getString(1)), k -> new EnumMap<>(Level.class))
					.put(Level.valueOf(rs.getString(2)), rs.getLong(3));
			});
		return counts;
	}

	public Optional<YearResult> resultOfMember(MemberId member, int year) {
		return jdbc.sql(RESULT_SELECT + " where r.member_id = ? and r.year = ? and r.cancelled_on is null")
			.params(member.value(), year)
			.query((rs, n) -> result(rs))
			.optional();
	}

	/** The members with a result not completed in the year (any unit): for the two-years-running flag. */
	public java.util.Set<MemberId> notCompletedIn(Collection<MemberId> members, int year) {
		if (members.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select member_id from classification_result
				where member_id in (:members) and year = :year and level = 'NOT_COMPLETED' and cancelled_on is null""")
			.param("members", members.stream().map(MemberId::value).toList())
			.param("year", year)
			.query((rs, n) -> new MemberId(rs.getLong(1)))
			.list());
	}

	/** Members not evaluated in the published rounds of the year, among the given units. */
	public long notEvaluatedIn(Collection<OrgUnitId> units, int year) {
		if (units.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(distinct s.member_id) from classification_subject s
				join classification_round r on r.id = s.round_id
				where r.year = :year and r.status = 'PUBLISHED' and not s.evaluated and s.unit_id in (:units)""")
			.param("units", units.stream().map(OrgUnitId::value).toList())
			.param("year", year)
			.query(Long.class)
			.single();
	}

	// --- mapping ---

	private static YearResult result(ResultSet rs) throws SQLException {
		return new YearResult(rs.getInt(1), SubjectKind.valueOf(rs.getString(2)), new OrgUnitId(rs.getLong(3)),
				rs.getString(4), new Rating(rs.getString(5), Wording.valueOf(rs.getString(6)), Level.valueOf(rs.getString(7)),
						rs.getBoolean(8)),
				rs.getString(9));
	}

	private static RuleSet ruleSet(ResultSet rs) throws SQLException {
		return new RuleSet(rs.getString("code"), rs.getString("citation"), rs.getInt("first_year"),
				(Integer) rs.getObject("last_year"), Wording.valueOf(rs.getString("wording")),
				RuleSet.Scale.valueOf(rs.getString("scale")), (Integer) rs.getObject("excellent_min_score"),
				(Integer) rs.getObject("good_min_score"), (Integer) rs.getObject("completed_min_score"),
				(Integer) rs.getObject("exceeded_min_percent"), (Integer) rs.getObject("behind_max_percent"),
				(Integer) rs.getObject("done_min_percent"), (Integer) rs.getObject("min_months_admitted"),
				rs.getBoolean("discipline_caps"), rs.getBoolean("earlier_shortcomings_gate"),
				rs.getBoolean("leadership_gate"), rs.getBoolean("subordinates_gate"),
				(Integer) rs.getObject("good_share_min_percent"), rs.getBoolean("weak_rules"),
				rs.getBoolean("poor_grade_caps"), rs.getBoolean("state_rating_gate"), rs.getBoolean("quota_enabled"),
				rs.getInt("quota_percent"), rs.getBoolean("confirmed"), rs.getString("note"), rs.getInt("version"));
	}

	private static Round round(ResultSet rs) throws SQLException {
		return new Round(new RoundId(rs.getLong("id")), new OrgUnitId(rs.getLong("unit_id")), rs.getInt("year"),
				rs.getString("rule_set"), "OPEN".equals(rs.getString("status")), day(rs.getDate("self_deadline")),
				day(rs.getDate("appraisal_deadline")), day(rs.getDate("decision_deadline")),
				rs.getDate("opened_on").toLocalDate(), day(rs.getDate("published_on")), rs.getInt("version"));
	}

	private static Subject subject(ResultSet rs) throws SQLException {
		long member = rs.getLong("member_id");
		MemberId memberId = rs.wasNull() ? null : new MemberId(member);
		long earlier = rs.getLong("earlier_unit_id");
		OrgUnitId earlierUnit = rs.wasNull() ? null : new OrgUnitId(earlier);
		String notEvaluated = rs.getString("not_evaluated");
		return new Subject(new SubjectId(rs.getLong("id")), new RoundId(rs.getLong("round_id")),
				SubjectKind.valueOf(rs.getString("kind")), new OrgUnitId(rs.getLong("unit_id")), memberId, earlierUnit,
				rs.getString("name"), Frame.valueOf(rs.getString("frame")),
				notEvaluated == null ? null : NotEvaluated.valueOf(notEvaluated), Stage.valueOf(rs.getString("stage")),
				level(rs.getString("self_level")), (Integer) rs.getObject("self_total"), rs.getString("self_note"),
				new TaskFigures((Integer) rs.getObject("tasks_total"), (Integer) rs.getObject("tasks_done"),
						(Integer) rs.getObject("tasks_on_time"), (Integer) rs.getObject("tasks_exceeded"),
						(Integer) rs.getObject("tasks_behind")),
				level(rs.getString("state_level")), rs.getString("comment"), (Integer) rs.getObject("votes_for"),
				(Integer) rs.getObject("votes_against"), level(rs.getString("appraisal_level")),
				rs.getString("appraisal_reason"), rs.getString("overrule_reason"), level(rs.getString("decided_level")),
				rs.getBoolean("outstanding"), day(rs.getDate("decided_on")), rs.getString("decision_reason"),
				rs.getBoolean("redoing"), rs.getInt("version"));
	}

	private static @Nullable Level level(@Nullable String name) {
		return name == null ? null : Level.valueOf(name);
	}

	private static @Nullable LocalDate day(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
