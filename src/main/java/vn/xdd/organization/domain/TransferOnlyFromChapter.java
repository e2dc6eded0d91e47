package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Only a member in a chapter is transferred (argument: the member’s status). */
public final class TransferOnlyFromChapter implements Rule<MemberRules.Transfer> {

	@Override
	public RuleResult check(MemberRules.Transfer candidate) {
		return candidate.status().inChapter() ? RuleResult.allowed()
				: RuleResult.refused("member.error.notInChapter", candidate.status());
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
