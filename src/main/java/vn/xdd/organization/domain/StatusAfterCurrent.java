package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A new status starts after the current one began: status periods never overlap. */
public final class StatusAfterCurrent implements Rule<MemberRules.StatusChange> {

	@Override
	public RuleResult check(MemberRules.StatusChange candidate) {
		return candidate.from().isAfter(candidate.statusSince()) ? RuleResult.allowed()
				: RuleResult.refused("member.error.statusBeforeCurrent", candidate.statusSince());
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
