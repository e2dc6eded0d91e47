package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A transfer moves a member to another chapter than their own. */
public final class TransferToAnotherChapter implements Rule<MemberRules.Transfer> {

	@Override
	public RuleResult check(MemberRules.Transfer candidate) {
		return candidate.target().equals(candidate.source()) ? RuleResult.refused("member.error.sameChapter")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
