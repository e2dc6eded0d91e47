package vn.xdd.organization.domain;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A member suspended or gone while probationary becomes full member only by recognition after probation, not by coming back. */
public final class RecognitionFollowsProbation implements Rule<MemberRules.StatusChange> {

	@Override
	public RuleResult check(MemberRules.StatusChange candidate) {
		// Suspended or gone while probationary: recognition as full member is still to come.
		return candidate.next() == MemberStatus.FULL && candidate.current() != MemberStatus.PROBATIONARY
				&& candidate.fullMemberOn() == null ? RuleResult.refused("member.error.neverRecognised")
						: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 5";
	}
}
