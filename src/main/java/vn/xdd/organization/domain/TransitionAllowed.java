package vn.xdd.organization.domain;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A status changes only to one of {@link MemberStatus#next()} (refusal arguments: the two statuses). */
public final class TransitionAllowed implements Rule<MemberRules.StatusChange> {

	@Override
	public RuleResult check(MemberRules.StatusChange candidate) {
		return candidate.current().next().contains(candidate.next()) ? RuleResult.allowed()
				: RuleResult.refused("member.error.transitionNotAllowed", candidate.current(), candidate.next());
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
