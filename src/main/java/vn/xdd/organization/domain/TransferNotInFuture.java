package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A transfer is recorded from today at the latest, never ahead of time. */
public final class TransferNotInFuture implements Rule<MemberRules.Transfer> {

	@Override
	public RuleResult check(MemberRules.Transfer candidate) {
		return candidate.from().isAfter(candidate.today()) ? RuleResult.refused("member.error.transferInFuture")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
