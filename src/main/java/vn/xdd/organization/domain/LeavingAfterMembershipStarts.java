package vn.xdd.organization.domain;

import java.time.LocalDate;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * Leaving the chapter ends the membership the day before: it must have started before that day,
 * or its period would end before it began.
 */
public final class LeavingAfterMembershipStarts implements Rule<MemberRules.Leaving> {

	@Override
	public RuleResult check(MemberRules.Leaving candidate) {
		LocalDate membershipFrom = candidate.membershipFrom();
		return membershipFrom != null && !candidate.from().isAfter(membershipFrom)
				? RuleResult.refused("member.error.leaveBeforeMembership", membershipFrom) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
