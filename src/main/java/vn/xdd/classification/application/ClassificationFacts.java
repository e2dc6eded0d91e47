package vn.xdd.classification.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.domain.Criterion;
import vn.xdd.classification.domain.Frame;
import vn.xdd.classification.domain.ProposalFacts;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.discipline.Sanction;
import vn.xdd.discipline.Sanctions;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.RemediationShare;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.OrgUnitId;

/**
 * Gathers what the gates know of a subject: its rule set and scores from this module, its sanctions
 * of the year from discipline, its earlier shortcomings from the register, its leadership collective
 * and subordinates from the organisation tree, and the levels around it in the round.
 */
@Component
public class ClassificationFacts {

	/** The first day shortcomings are counted from: the register holds nothing older. */
	private static final LocalDate REGISTER_START = LocalDate.of(2000, 1, 1);

	static final Set<String> CHAPTER_TYPES = Set.of("GRASSROOTS_CHAPTER", "SUB_CHAPTER");

	private final JdbcClassification store;

	private final Sanctions sanctions;

	private final Shortcomings shortcomings;

	private final MemberStandings standings;

	private final OrgUnits units;

	ClassificationFacts(JdbcClassification store, Sanctions sanctions, Shortcomings shortcomings,
			MemberStandings standings, OrgUnits units) {
		this.store = store;
		this.sanctions = sanctions;
		this.shortcomings = shortcomings;
		this.standings = standings;
		this.units = units;
	}

	public RuleSet ruleSet(Round round) {
		return store.ruleSet(round.ruleSet()).orElseThrow();
	}

	/** What the gates know of the subject, with the scores and tasks as given (an entry not yet stored). */
	public ProposalFacts of(Round round, Subject subject, List<Subject> roundSubjects, @Nullable Integer score,
			Map<String, vn.xdd.classification.Grade> grades) {
		RuleSet rules = ruleSet(round);
		int year = round.year();
		Map<String, String> names = new HashMap<>();
		for (Criterion criterion : store.criteria(rules.code(), subject.frame())) {
			names.put(criterion.code(), criterion.name());
		}
		List<Sanction> own;
		RemediationShare earlier;
		List<Sanction> leadership = new ArrayList<>();
		LocalDate earlierUntil = LocalDate.of(year - 1, 12, 31);
		boolean committee = false;
		if (subject.kind() == SubjectKind.MEMBER) {
			MemberId member = Objects.requireNonNull(subject.member());
			own = sanctions.disciplinedIn(member, year);
			earlier = shortcomings.shareOfMember(member, REGISTER_START, earlierUntil);
			if (subject.frame() == Frame.LEADER) {
				MemberStanding standing = standings.on(member, round.yearEnd()).orElse(null);
				if (standing != null) {
					for (MemberStanding.Post post : standing.posts()) {
						leadership.addAll(sanctions.disciplinedIn(post.unit(), year));
						for (MemberId other : standings.partyPostHoldersOn(post.unit(), round.yearEnd())) {
							if (!other.equals(member)) {
								leadership.addAll(sanctions.disciplinedIn(other, year));
							}
						}
					}
				}
			}
		}
		else {
			OrgUnitId unit = subject.unit();
			committee = units.find(unit).map(u -> !CHAPTER_TYPES.contains(u.typeCode())).orElse(false);
			own = sanctions.disciplinedIn(unit, year);
			earlier = shortcomings.shareOfUnit(unit, REGISTER_START, earlierUntil);
			for (MemberId holder : standings.partyPostHoldersOn(unit, round.yearEnd())) {
				leadership.addAll(sanctions.disciplinedIn(holder, year));
			}
			for (OrgUnitSummary child : units.children(unit)) {
				leadership.addAll(sanctions.disciplinedIn(child.id(), year));
			}
		}
		List<Level> below = below(subject, roundSubjects);
		long groupExcellent = 0;
		long groupGood = 0;
		for (Subject other : group(subject, roundSubjects)) {
			Level level = other.currentLevel();
			if (level == Level.EXCELLENT) {
				groupExcellent++;
			}
			if (level != null && level.atLeast(Level.GOOD)) {
				groupGood++;
			}
		}
		return new ProposalFacts(rules, subject.kind(), subject.frame(), subject.notEvaluated(), committee, score, grades,
				names, subject.tasks(), subject.stateLevel(), own, earlier, leadership, below, groupExcellent, groupGood);
	}

	/** The facts of a stored subject, with its stored scores. */
	public ProposalFacts of(Round round, Subject subject, List<Subject> roundSubjects) {
		Map<String, Integer> points = store.points(subject.id());
		Integer score = points.isEmpty() ? null : points.values().stream().mapToInt(Integer::intValue).sum();
		return of(round, subject, roundSubjects, score, store.grades(subject.id()));
	}

	/** The levels of those directly below an organisation in the round: a chapter's members, a committee's organisations. */
	private List<Level> below(Subject subject, List<Subject> roundSubjects) {
		if (subject.kind() != SubjectKind.ORGANIZATION) {
			return List.of();
		}
		List<Level> levels = new ArrayList<>();
		Set<OrgUnitId> children = new java.util.HashSet<>(units.children(subject.unit()).stream().map(OrgUnitSummary::id).toList());
		for (Subject other : roundSubjects) {
			if (!other.evaluated() || other.currentLevel() == null || other.id().equals(subject.id())) {
				continue;
			}
			boolean under = other.kind() == SubjectKind.MEMBER ? other.unit().equals(subject.unit())
					: children.contains(other.unit());
			if (under) {
				levels.add(Objects.requireNonNull(other.currentLevel()));
			}
		}
		return levels;
	}

	/** The comparable group of the quota, the subject left out: the members of its chapter, the organisations beside it. */
	private List<Subject> group(Subject subject, List<Subject> roundSubjects) {
		List<Subject> group = new ArrayList<>();
		OrgUnitId parent = subject.kind() == SubjectKind.ORGANIZATION
				? units.find(subject.unit()).map(OrgUnitSummary::parentId).orElse(null) : null;
		Set<OrgUnitId> siblings = parent == null ? Set.of()
				: new java.util.HashSet<>(units.children(parent).stream().map(OrgUnitSummary::id).toList());
		for (Subject other : roundSubjects) {
			if (other.id().equals(subject.id()) || !other.evaluated() || other.kind() != subject.kind()) {
				continue;
			}
			boolean same = subject.kind() == SubjectKind.MEMBER ? other.unit().equals(subject.unit())
					: siblings.contains(other.unit());
			if (same) {
				group.add(other);
			}
		}
		return group;
	}
}
