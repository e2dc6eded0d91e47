package vn.xdd.classification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.RoundOpening;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.domain.Evaluated;
import vn.xdd.classification.domain.Frame;
import vn.xdd.classification.domain.RoundRequest;
import vn.xdd.classification.domain.Rounds;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRoster;
import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Opens the round of a year (rules: {@link Rounds#OPEN}): every party organisation below the unit
 * that existed at the year's end (or today, in the current year), and every member of its chapters
 * that day — those not evaluated listed with their reason, a member who changed chapter during the
 * year with the chapter he left.
 */
@Service
class OpenRound implements RoundOpening {

	/** Units that are not party organisations classified as such. */
	private static final Set<String> NOT_CLASSIFIED = Set.of("PARTY_CELL", "AGENCY", "ADVISORY_BOARD");

	private final RoundAccess access;

	private final JdbcClassification store;

	private final OrgUnits units;

	private final MemberRoster roster;

	private final MemberStandings standings;

	private final Steps steps;

	private final Clock clock;

	OpenRound(RoundAccess access, JdbcClassification store, OrgUnits units, MemberRoster roster,
			MemberStandings standings, Steps steps, Clock clock) {
		this.access = access;
		this.store = store;
		this.units = units;
		this.roster = roster;
		this.standings = standings;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RoundId open(Command command) {
		access.requireOpener(command.unit());
		LocalDate today = LocalDate.now(clock);
		var ruleSet = RuleSet.forYear(store.ruleSets(), command.year());
		Rounds.OPEN.enforce(new RoundRequest(command.year(), ruleSet, today.getYear()));
		RuleSet rules = ruleSet.orElseThrow();
		if (store.roundExists(command.unit(), command.year())) {
			throw new BusinessRuleException("classification.error.roundExists", String.valueOf(command.year()));
		}
		LocalDate yearEnd = LocalDate.of(command.year(), 12, 31);
		LocalDate day = yearEnd.isAfter(today) ? today : yearEnd;
		RoundId round = store.insertRound(command.unit(), command.year(), rules.code(), command.selfDeadline(),
				command.appraisalDeadline(), command.decisionDeadline(), today, Actor.currentName());
		List<OrgUnitSummary> tree = units.subtrees(List.of(command.unit())).stream().filter(u -> u.activeOn(day)).toList();
		for (OrgUnitSummary unit : tree) {
			if (!unit.id().equals(command.unit()) && !NOT_CLASSIFIED.contains(unit.typeCode())) {
				store.insertSubject(round, SubjectKind.ORGANIZATION, unit.id(), null, null, unit.name(), Frame.COLLECTIVE,
						null);
			}
		}
		List<OrgUnitId> chapters = tree.stream().filter(u -> ClassificationFacts.CHAPTER_TYPES.contains(u.typeCode()))
			.map(OrgUnitSummary::id).toList();
		Map<MemberId, OrgUnitId> atStart = new HashMap<>();
		for (RosterEntry entry : roster.membersOn(chapters, LocalDate.of(command.year(), 1, 1))) {
			atStart.put(entry.id(), entry.unit());
		}
		int members = 0;
		for (RosterEntry entry : roster.membersOn(chapters, day)) {
			NotEvaluated reason = Evaluated.reason(rules, entry.statusCode(), entry.admittedOn(), yearEnd);
			OrgUnitId earlier = atStart.get(entry.id());
			boolean leads = standings.on(entry.id(), day).map(s -> s.holdsPost()).orElse(false);
			store.insertSubject(round, SubjectKind.MEMBER, entry.unit(), entry.id(),
					earlier != null && !earlier.equals(entry.unit()) ? earlier : null, entry.fullName(),
					leads ? Frame.LEADER : Frame.INDIVIDUAL, reason);
			members++;
		}
		steps.publish("CLASSIFICATION_ROUND", round.toString(), "OPEN", "audit.text.classificationRoundOpened",
				String.valueOf(command.year()), units.find(command.unit()).map(OrgUnitSummary::name).orElse(""),
				members, VietnameseText.date(today));
		return round;
	}
}
