package vn.xdd.review.reviews.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Reviews are written and submitted while their campaign is open; a closed campaign is the record of its year. */
public final class CampaignIsOpen implements Rule<ReviewChanges.Change> {

	@Override
	public RuleResult check(ReviewChanges.Change candidate) {
		return candidate.campaignOpen() ? RuleResult.allowed() : RuleResult.refused("campaign.error.closed");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
