package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A new status is recorded from today at the latest, never ahead of time. */
public final class StatusNotInFuture implements Rule<MemberRules.StatusChange> {

	@Override
	public RuleResult check(MemberRules.StatusChange candidate) {
		return candidate.from().isAfter(candidate.today()) ? RuleResult.refused("member.error.statusInFuture")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
