package vn.xdd.organization.domain;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.rule.RuleResult;

/** A member past probation has the date they were recognised as full member (Điều lệ Đảng, Điều 5). */
public final class FullMembershipHasDate implements FieldRule<MemberRules.NewRecord> {

	@Override
	public MemberField field() {
		return MemberField.FULL_MEMBER_ON;
	}

	@Override
	public RuleResult check(MemberRules.NewRecord candidate) {
		return candidate.initial() != MemberStatus.PROBATIONARY && candidate.record().fullMemberOn() == null
				? RuleResult.refused("member.error.fullDateRequired") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 5";
	}
}
