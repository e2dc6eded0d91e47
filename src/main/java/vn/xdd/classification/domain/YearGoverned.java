package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A year is classified only under a rule set that governs it (from 2008), and not before it comes. */
public final class YearGoverned implements Rule<RoundRequest> {

	@Override
	public RuleResult check(RoundRequest request) {
		if (request.year() > request.currentYear()) {
			return RuleResult.refused("classification.error.futureYear", String.valueOf(request.year()));
		}
		return request.ruleSet().isPresent() ? RuleResult.allowed()
				: RuleResult.refused("classification.error.noRuleSet", String.valueOf(request.year()));
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 20-HD/BTCTW năm 2008 đến Quy định 366-QĐ/TW năm 2025 (classification.md)";
	}
}
