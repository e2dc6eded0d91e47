package vn.xdd.classification.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.Level;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.YearResult;
import vn.xdd.classification.application.ClassificationViews.Change;
import vn.xdd.classification.application.ClassificationViews.CriterionView;
import vn.xdd.classification.application.ClassificationViews.GateView;
import vn.xdd.classification.application.ClassificationViews.LevelGates;
import vn.xdd.classification.application.ClassificationViews.QuotaFlag;
import vn.xdd.classification.application.ClassificationViews.Report;
import vn.xdd.classification.application.ClassificationViews.RoundPage;
import vn.xdd.classification.application.ClassificationViews.RoundSummary;
import vn.xdd.classification.application.ClassificationViews.StepView;
import vn.xdd.classification.application.ClassificationViews.SubjectPage;
import vn.xdd.classification.application.ClassificationViews.SubjectRow;
import vn.xdd.classification.application.ClassificationViews.TableRow;
import vn.xdd.classification.application.ClassificationViews.TrackerRow;
import vn.xdd.classification.application.ClassificationViews.TwoYears;
import vn.xdd.classification.domain.Criterion;
import vn.xdd.classification.domain.Gates;
import vn.xdd.classification.domain.ProposalFacts;
import vn.xdd.classification.domain.QuotaNotExceeded;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.Rounds;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

/** What the classification pages and the API read: rounds, a round's tracker and subjects, a subject with its gates, the report. */
@Service
@Transactional(readOnly = true)
public class ClassificationQueries implements vn.xdd.classification.RoundSubjects {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final ClassificationFacts facts;

	private final OrgUnits units;

	private final MemberRegistry members;

	private final AccessScope scope;

	ClassificationQueries(RoundAccess access, JdbcClassification store, ClassificationFacts facts, OrgUnits units,
			MemberRegistry members, AccessScope scope) {
		this.access = access;
		this.store = store;
		this.facts = facts;
		this.units = units;
		this.members = members;
		this.scope = scope;
	}

	/** The unit a page opens on: the one asked for, else the user's active unit. */
	public OrgUnitId unitOrDefault(@Nullable Long unit) {
		if (unit != null) {
			return new OrgUnitId(unit);
		}
		return scope.activeUnit().orElseThrow(() -> new BusinessRuleException("classification.error.noUnit"));
	}

	public boolean opens(OrgUnitId unit) {
		return access.opens(unit);
	}

	public List<RuleSet> ruleSets() {
		return store.ruleSets();
	}

	/**
	 * The rounds the user may follow from the unit: those of the unit and the units above it (a
	 * chapter's secretary follows the commune's round) and below it.
	 */
	public List<RoundSummary> rounds(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!access.reads(unit)) {
			throw new AccessDeniedException("not a reader of classification at " + unit);
		}
		Set<OrgUnitId> places = new HashSet<>(units.ancestorsAndSelf(unit));
		units.subtrees(List.of(unit)).forEach(u -> places.add(u.id()));
		return store.roundsOf(places).stream().map(this::summary).toList();
	}

	public RoundPage round(RoundId id, @Nullable Long unitFilter, @Nullable Stage stageFilter) {
		return round(id, unitFilter, stageFilter, null, null, null);
	}

	/**
	 * The round's page, its list narrowed to a unit, a step, and — the drill-down of the report — a
	 * kind of subject (organisations of one unit type) at a level.
	 */
	public RoundPage round(RoundId id, @Nullable Long unitFilter, @Nullable Stage stageFilter, @Nullable Level levelFilter,
			@Nullable SubjectKind kindFilter, @Nullable String typeFilter) {
		Round round = access.requireReadable(id);
		RuleSet rules = facts.ruleSet(round);
		List<Subject> all = store.subjects(id);
		List<Subject> visible = visible(all);
		Map<OrgUnitId, String> names = new HashMap<>();
		Map<OrgUnitId, Optional<OrgUnitSummary>> found = new HashMap<>();
		Map<Long, long[]> tracker = new LinkedHashMap<>();
		for (Subject s : visible) {
			long[] row = tracker.computeIfAbsent(s.unit().value(), k -> new long[7]);
			row[0]++;
			if (!s.evaluated()) {
				row[1]++;
			}
			else {
				row[2 + s.stage().ordinal()]++;
			}
		}
		List<TrackerRow> rows = new ArrayList<>();
		tracker.forEach((unitId, r) -> rows.add(new TrackerRow(unitId, name(new OrgUnitId(unitId), names), r[0], r[1], r[2],
				r[3], r[4], r[5], r[6])));
		rows.sort(Comparator.comparing(TrackerRow::unitName, vn.xdd.shared.VietnameseName.collator()));
		List<SubjectRow> subjects = visible.stream()
			.filter(s -> unitFilter == null || s.unit().value() == unitFilter)
			.filter(s -> stageFilter == null || (s.evaluated() && s.stage() == stageFilter))
			.filter(s -> levelFilter == null || (s.evaluated() && s.currentLevel() == levelFilter))
			.filter(s -> kindFilter == null || s.kind() == kindFilter)
			.filter(s -> typeFilter == null || s.kind() != SubjectKind.ORGANIZATION
					|| unit(s.unit(), found).map(u -> u.typeCode().equals(typeFilter)).orElse(false))
			.map(s -> row(s, names))
			.toList();
		long awaitingDecision = visible.stream().filter(s -> s.stage() == Stage.APPRAISED).count();
		// publication is offered once every evaluated subject is decided (the use case refuses it before)
		boolean allDecided = all.stream().allMatch(s -> !s.evaluated() || s.stage() == Stage.DECIDED);
		return new RoundPage(summary(round, all), rules.wording(), rows, subjects, access.appraises(round),
				access.decides(round), access.publishes(round) && round.open() && allDecided, awaitingDecision);
	}

	public SubjectPage subject(SubjectId id) {
		Subject subject = access.requireReadable(id);
		Round round = access.roundOf(subject);
		RuleSet rules = facts.ruleSet(round);
		List<Subject> all = store.subjects(round.id());
		ProposalFacts known = facts.of(round, subject, all);
		Map<String, Integer> points = store.points(id);
		var grades = store.grades(id);
		List<CriterionView> criteria = new ArrayList<>();
		for (Criterion c : store.criteria(rules.code(), subject.frame())) {
			criteria.add(new CriterionView(c, points.get(c.code()), grades.get(c.code())));
		}
		List<LevelGates> gates = new ArrayList<>();
		for (Level level : Level.values()) {
			List<GateView> failures = Gates.failures(known, level).stream()
				.map(f -> new GateView(f.refusal(), f.overrulable(),
						f.refusal().cause() == null ? null : Objects.requireNonNull(f.refusal().cause()).recordType(),
						f.refusal().cause() == null ? null : Objects.requireNonNull(f.refusal().cause()).recordId()))
				.toList();
			gates.add(new LevelGates(level, failures, failures.isEmpty(),
					!failures.isEmpty() && failures.stream().allMatch(GateView::overrulable)));
		}
		List<YearResult> previous = new ArrayList<>();
		if (subject.member() != null) {
			for (int year = round.year() - 1; year >= round.year() - 2; year--) {
				store.resultOfMember(subject.member(), year).ifPresent(previous::add);
			}
		}
		else {
			for (int year = round.year() - 1; year >= round.year() - 2; year--) {
				store.resultOfUnit(subject.unit(), year).ifPresent(previous::add);
			}
		}
		List<StepView> steps = store.steps(id).stream()
			.map(s -> new StepView(s.step(), s.level(), s.note(), s.actor(),
					s.at().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime()))
			.toList();
		boolean enters = access.enters(subject);
		boolean open = round.open();
		return new SubjectPage(row(subject, new HashMap<>()), round.id().value(), round.year(), rules.code(),
				rules.citation(), rules.wording(), rules.scale().name(), subject.frame(),
				subject.earlierUnit() == null ? null : name(subject.earlierUnit(), new HashMap<>()), criteria,
				known.score(), subject.tasks(), subject.stateLevel(), subject.selfNote(), subject.comment(),
				subject.votesFor(), subject.votesAgainst(), subject.appraisalReason(), subject.overruleReason(),
				subject.decisionReason(), known.sanctions(), known.earlierShortcomings(), known.leadershipSanctions(),
				previous, gates, Gates.highestAllowed(known), steps,
				enters && subject.evaluated() && allows(StageMove.Step.SELF, subject, open),
				enters && allows(StageMove.Step.COMMENT, subject, open),
				access.appraises(round) && allows(StageMove.Step.APPRAISE, subject, open),
				access.decides(round) && allows(StageMove.Step.DECIDE, subject, open),
				access.decides(round) && allows(StageMove.Step.REDO, subject, open), subject.version(),
				subject.member() == null ? null : subject.member().value());
	}

	/** The classification report of a round, over the subjects the user reaches. */
	public Report report(RoundId id) {
		Round round = access.requireReadable(id);
		RuleSet rules = facts.ruleSet(round);
		List<Subject> all = store.subjects(id);
		List<Subject> visible = visible(all);
		Map<OrgUnitId, String> names = new HashMap<>();
		Map<OrgUnitId, Optional<OrgUnitSummary>> found = new HashMap<>();
		Map<String, long[]> table = new LinkedHashMap<>();
		Map<String, Map<Level, Long>> counts = new LinkedHashMap<>();
		Map<String, SubjectKind> kinds = new HashMap<>();
		for (Subject s : visible) {
			String key = s.kind() == SubjectKind.MEMBER ? "classification.table.members"
					: unit(s.unit(), found).map(OrgUnitSummary::typeMessageKey).orElse("classification.table.organizations");
			kinds.put(key, s.kind());
			long[] row = table.computeIfAbsent(key, k -> new long[3]);
			counts.computeIfAbsent(key, k -> new EnumMap<>(Level.class));
			Level level = s.currentLevel();
			if (!s.evaluated()) {
				row[1]++;
			}
			else if (level != null) {
				row[0]++;
				Objects.requireNonNull(counts.get(key)).merge(level, 1L, Long::sum);
				if (s.outstanding()) {
					row[2]++;
				}
			}
		}
		List<TableRow> rows = new ArrayList<>();
		table.forEach((key, r) -> rows.add(new TableRow(key, Objects.requireNonNull(kinds.get(key)), Objects.requireNonNull(counts.get(key)), r[0], r[1], r[2])));
		rows.sort(Comparator.comparing((TableRow r) -> r.kind() == SubjectKind.MEMBER));
		List<Change> changes = new ArrayList<>();
		for (Subject s : visible) {
			boolean appraisalChanged = s.appraisalLevel() != null && s.appraisalLevel() != s.selfLevel();
			boolean decisionChanged = s.decidedLevel() != null && s.appraisalLevel() != null
					&& s.decidedLevel() != s.appraisalLevel();
			if (appraisalChanged || decisionChanged) {
				String reason = decisionChanged ? s.decisionReason() : s.appraisalReason();
				changes.add(new Change(s.id().value(), s.kind(), s.name(), name(s.unit(), names), s.selfLevel(),
						s.appraisalLevel(), s.decidedLevel(), reason));
			}
		}
		return new Report(summary(round, all), rules.wording(), rows, changes, quota(rules, visible, names, found),
				twoYears(round, visible, names), !round.open());
	}

	/** The member's results by year, for his record: to the readers of classification at his chapter, or himself. */
	public List<YearResult> ofMember(MemberId member) {
		OrgUnitId chapter = members.chapterOf(member).orElseThrow(() -> new NotFoundException("MEMBER", member.toString()));
		boolean himself = scope.ownMemberId().map(own -> own == member.value()).orElse(false);
		if (!himself) {
			scope.requireReach(chapter, "MEMBER", member.toString());
			if (!access.reads(chapter)) {
				throw new AccessDeniedException("not a reader of classification at " + chapter);
			}
		}
		return store.resultsOfMember(member);
	}

	private List<QuotaFlag> quota(RuleSet rules, List<Subject> visible, Map<OrgUnitId, String> names,
			Map<OrgUnitId, Optional<OrgUnitSummary>> found) {
		if (!rules.quotaEnabled()) {
			return List.of();
		}
		Map<OrgUnitId, long[]> groups = new LinkedHashMap<>();
		Map<OrgUnitId, SubjectKind> kinds = new HashMap<>();
		for (Subject s : visible) {
			Level level = s.currentLevel();
			if (!s.evaluated() || level == null) {
				continue;
			}
			OrgUnitId group = s.kind() == SubjectKind.MEMBER ? s.unit()
					: unit(s.unit(), found).map(OrgUnitSummary::parentId).orElse(null);
			if (group == null) {
				continue;
			}
			kinds.put(group, s.kind());
			long[] g = groups.computeIfAbsent(group, k -> new long[2]);
			if (level == Level.EXCELLENT) {
				g[0]++;
			}
			if (level.atLeast(Level.GOOD)) {
				g[1]++;
			}
		}
		List<QuotaFlag> flags = new ArrayList<>();
		groups.forEach((group, g) -> {
			if (g[0] > 0 && QuotaNotExceeded.overQuota(g[0], g[1], rules.quotaPercent())) {
				flags.add(new QuotaFlag(name(group, names), Objects.requireNonNull(kinds.get(group)), g[0], g[1], rules.quotaPercent()));
			}
		});
		return flags;
	}

	private List<TwoYears> twoYears(Round round, List<Subject> visible, Map<OrgUnitId, String> names) {
		List<Subject> notCompleted = visible.stream()
			.filter(s -> s.kind() == SubjectKind.MEMBER && s.currentLevel() == Level.NOT_COMPLETED)
			.toList();
		Set<MemberId> lastYear = store.notCompletedIn(notCompleted.stream().map(s -> Objects.requireNonNull(s.member())).toList(),
				round.year() - 1);
		List<TwoYears> flags = new ArrayList<>();
		for (Subject s : notCompleted) {
			MemberId member = Objects.requireNonNull(s.member());
			if (lastYear.contains(member)) {
				YearResult previous = store.resultOfMember(member, round.year() - 1).orElseThrow();
				if (Rounds.twoYearsRunning(Level.NOT_COMPLETED, previous.rating().level())) {
					flags.add(new TwoYears(s.id().value(), member.value(), s.name(), name(s.unit(), names),
							Level.NOT_COMPLETED, previous));
				}
			}
		}
		return flags;
	}

	private boolean allows(StageMove.Step step, Subject subject, boolean open) {
		return RoundSteps.MOVE.allows(new StageMove(step, subject.stage(), open, subject.redoing()));
	}

	/** The subjects the user reaches (a chapter's secretary sees his chapter's members in the commune's round). */
	private List<Subject> visible(List<Subject> subjects) {
		Map<OrgUnitId, Boolean> reach = new HashMap<>();
		return subjects.stream()
			.filter(s -> reach.computeIfAbsent(s.unit(), u -> access.reaches(u) && access.reads(u)))
			.toList();
	}

	private SubjectRow row(Subject s, Map<OrgUnitId, String> names) {
		return new SubjectRow(s.id().value(), s.kind(), s.name(), s.unit().value(), name(s.unit(), names), s.notEvaluated(),
				s.stage(), s.selfLevel(), s.selfTotal(), s.appraisalLevel(), s.decidedLevel(), s.outstanding(),
				s.appraisalLevel() != null && s.appraisalLevel() != s.selfLevel(), s.redoing());
	}

	private RoundSummary summary(Round round) {
		return summary(round, store.subjects(round.id()));
	}

	private RoundSummary summary(Round round, List<Subject> subjects) {
		RuleSet rules = facts.ruleSet(round);
		long decided = subjects.stream().filter(s -> s.stage() == Stage.DECIDED).count();
		return new RoundSummary(round.id().value(), round.year(), round.unit().value(), name(round.unit(), new HashMap<>()),
				rules.code(), rules.citation(), round.open(), round.openedOn(), round.publishedOn(), subjects.size(),
				decided, round.selfDeadline(), round.appraisalDeadline(), round.decisionDeadline());
	}

	/** The unit, read once per page. */
	private Optional<OrgUnitSummary> unit(OrgUnitId id, Map<OrgUnitId, Optional<OrgUnitSummary>> found) {
		return found.computeIfAbsent(id, units::find);
	}

	private String name(OrgUnitId unit, Map<OrgUnitId, String> names) {
		return names.computeIfAbsent(unit, u -> units.find(u).map(OrgUnitSummary::name).orElse(""));
	}

	@Override
	public List<vn.xdd.classification.SubjectSummary> of(RoundId id) {
		access.requireReadable(id);
		return visible(store.subjects(id)).stream()
			.map(s -> new vn.xdd.classification.SubjectSummary(s.id(), s.kind(), s.unit(), s.member(), s.name(),
					s.evaluated(), s.stage(), s.currentLevel(), s.frame().name(), s.version()))
			.toList();
	}
}
