package vn.xdd.organization.domain;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.rule.RuleResult;

/** A probationary member has no full-membership date yet (Điều lệ Đảng, Điều 5). */
public final class ProbationaryHasNoFullMembership implements FieldRule<MemberRules.NewRecord> {

	@Override
	public MemberField field() {
		return MemberField.FULL_MEMBER_ON;
	}

	@Override
	public RuleResult check(MemberRules.NewRecord candidate) {
		return candidate.initial() == MemberStatus.PROBATIONARY && candidate.record().fullMemberOn() != null
				? RuleResult.refused("member.error.probationaryWithFullDate") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 5";
	}
}
