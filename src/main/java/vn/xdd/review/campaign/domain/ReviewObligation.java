package vn.xdd.review.campaign.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.review.HolderKind;

/**
 * Who must submit a review in a campaign (review-and-remediation.md, Who): every collective of
 * the campaign's subtree that existed during the period, and every member on a chapter's roster
 * on the period's last day unless the rule set in force exempts them.
 *
 * <p>Collectives, by unit type:
 * <ul>
 * <li>every party organisation (committee, grassroots committee, partial committee, chapter) is
 * reviewed as a {@link HolderKind#UNIT}; a party cell is a group inside a chapter and is not;</li>
 * <li>a committee from the grassroots level up (type codes ending in {@code _COMMITTEE}) also
 * has its standing committee reviewed ({@link HolderKind#STANDING_COMMITTEE}); a partial committee
 * (đảng bộ bộ phận) elects no standing committee. The tree does not record whether a grassroots
 * committee elected one (the Charter asks for nine committee members or more), so every
 * grassroots committee is expected to have one;</li>
 * <li>an agency, mass organisation or advisory board of a committee is reviewed as the leadership
 * collective of that body ({@link HolderKind#LEADERSHIP_COLLECTIVE}).</li>
 * </ul>
 */
public final class ReviewObligation {

	/** Why a member on the roster is not reviewed; labels {@code review.exemption.<NAME>}. */
	public enum Exemption {
		STATUS, RECENTLY_ADMITTED
	}

	/** A collective that must submit: the unit and which of its collectives. */
	public record ExpectedCollective(OrgUnitSummary unit, HolderKind kind) {
	}

	private static final Set<String> WITHOUT_STANDING_COMMITTEE = Set.of("PARTIAL_COMMITTEE");

	private static final Set<String> LEADERSHIP_BODIES = Set.of("AGENCY", "ADVISORY_BOARD");

	private static final Set<String> NOT_REVIEWED = Set.of("PARTY_CELL");

	private final ReviewRuleSet ruleSet;

	private final LocalDate periodFrom;

	private final LocalDate periodTo;

	public ReviewObligation(ReviewRuleSet ruleSet, LocalDate periodFrom, LocalDate periodTo) {
		this.ruleSet = ruleSet;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
	}

	public ReviewRuleSet ruleSet() {
		return ruleSet;
	}

	/** The day the roster of individuals is taken: the period's last day. */
	public LocalDate rosterDay() {
		return periodTo;
	}

	/** The collectives a unit of this type has reviewed. */
	public static List<HolderKind> collectivesOf(String typeCode) {
		if (NOT_REVIEWED.contains(typeCode)) {
			return List.of();
		}
		if (LEADERSHIP_BODIES.contains(typeCode)) {
			return List.of(HolderKind.LEADERSHIP_COLLECTIVE);
		}
		if (typeCode.endsWith("_COMMITTEE") && !WITHOUT_STANDING_COMMITTEE.contains(typeCode)) {
			return List.of(HolderKind.UNIT, HolderKind.STANDING_COMMITTEE);
		}
		return List.of(HolderKind.UNIT);
	}

	/** Whether the unit existed at some time during the period. */
	public boolean activeDuringPeriod(OrgUnitSummary unit) {
		LocalDate to = unit.validTo();
		return !unit.validFrom().isAfter(periodTo) && (to == null || !to.isBefore(periodFrom));
	}

	/** The collectives of the given units that must submit, in the order of the units. */
	public List<ExpectedCollective> collectives(List<OrgUnitSummary> units) {
		List<ExpectedCollective> expected = new ArrayList<>();
		for (OrgUnitSummary unit : units) {
			if (activeDuringPeriod(unit)) {
				for (HolderKind kind : collectivesOf(unit.typeCode())) {
					expected.add(new ExpectedCollective(unit, kind));
				}
			}
		}
		return expected;
	}

	/** Why the member is not reviewed, or empty when they must be. */
	public Optional<Exemption> exemption(String statusCode, @Nullable LocalDate admittedOn) {
		if (ruleSet.exemptStatuses().contains(statusCode)) {
			return Optional.of(Exemption.STATUS);
		}
		Integer months = ruleSet.recentAdmissionMonths();
		if (months != null && admittedOn != null && admittedOn.plusMonths(months).isAfter(periodTo)) {
			return Optional.of(Exemption.RECENTLY_ADMITTED);
		}
		return Optional.empty();
	}

	/** The members of the roster (taken on {@link #rosterDay()}) who must submit, in roster order. */
	public List<RosterEntry> individuals(List<RosterEntry> roster) {
		return roster.stream().filter(m -> exemption(m.statusCode(), m.admittedOn()).isEmpty()).toList();
	}
}
