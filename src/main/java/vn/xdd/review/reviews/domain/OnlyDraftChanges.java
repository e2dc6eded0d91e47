package vn.xdd.review.reviews.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A submitted review counts in the campaign’s tracker and no longer changes. */
public final class OnlyDraftChanges implements Rule<ReviewChanges.Change> {

	@Override
	public RuleResult check(ReviewChanges.Change candidate) {
		return candidate.submitted() ? RuleResult.refused("review.error.submitted") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
