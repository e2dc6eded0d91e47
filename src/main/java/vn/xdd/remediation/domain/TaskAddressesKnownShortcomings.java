package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A task addresses only shortcomings it may: unresolved ones of the register under the issuing
 * unit, or those it addressed already.
 */
public final class TaskAddressesKnownShortcomings implements Rule<Tasks.Task> {

	@Override
	public RuleResult check(Tasks.Task candidate) {
		return candidate.linkable().containsAll(candidate.shortcomings()) ? RuleResult.allowed()
				: RuleResult.refused("plan.error.shortcomingUnknown");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
