package vn.xdd.organization.domain;

import java.time.LocalDate;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A probationary member is recognised as full member only after 12 months of probation. */
public final class ProbationServed implements Rule<MemberRules.StatusChange> {

	@Override
	public RuleResult check(MemberRules.StatusChange candidate) {
		LocalDate admittedOn = candidate.admittedOn();
		if (candidate.current() != MemberStatus.PROBATIONARY || candidate.next() != MemberStatus.FULL
				|| admittedOn == null) {
			return RuleResult.allowed();
		}
		LocalDate due = Probation.endsOn(admittedOn);
		return candidate.from().isBefore(due) ? RuleResult.refused("member.error.probationNotOver", due)
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 5";
	}
}
