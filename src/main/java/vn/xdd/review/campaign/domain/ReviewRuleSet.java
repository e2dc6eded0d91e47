package vn.xdd.review.campaign.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The regulation in force for who is reviewed (table {@code review_rule_set}): the member statuses
 * exempt from review and, from the 2023 guidance, how many months a newly admitted member must
 * have been in the Party to be reviewed. Kept as data: a new guidance is a new row.
 *
 * @param recentAdmissionMonths members admitted fewer months than this before the period's end are
 *     not reviewed; null when the rule set has no such exemption
 */
public record ReviewRuleSet(String code, String name, LocalDate effectiveFrom, Set<String> exemptStatuses,
		@Nullable Integer recentAdmissionMonths) {

	public ReviewRuleSet {
		exemptStatuses = Set.copyOf(exemptStatuses);
	}

	/** The rule set in force for a period ending on {@code periodTo}: the latest in effect by that day. */
	public static Optional<ReviewRuleSet> inForce(Collection<ReviewRuleSet> ruleSets, LocalDate periodTo) {
		return ruleSets.stream()
			.filter(r -> !r.effectiveFrom().isAfter(periodTo))
			.max(Comparator.comparing(ReviewRuleSet::effectiveFrom));
	}
}
