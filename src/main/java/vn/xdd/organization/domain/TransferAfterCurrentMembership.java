package vn.xdd.organization.domain;

import java.time.LocalDate;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A transfer closes the current membership the day before and opens the next: it starts after the
 * current membership began, so memberships never overlap; a member with no membership in the
 * registry belongs to no chapter.
 */
public final class TransferAfterCurrentMembership implements Rule<MemberRules.Transfer> {

	@Override
	public RuleResult check(MemberRules.Transfer candidate) {
		LocalDate membershipFrom = candidate.membershipFrom();
		if (membershipFrom == null) {
			return RuleResult.refused("member.error.notInChapter", candidate.status());
		}
		// The new membership would overlap the current one.
		return candidate.from().isAfter(membershipFrom) ? RuleResult.allowed()
				: RuleResult.refused("member.error.transferBeforeCurrent", membershipFrom);
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
