package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** An acknowledgement is dated today or earlier. */
public final class AcknowledgedNotInFuture implements Rule<Acknowledgements.Acknowledgement> {

	@Override
	public RuleResult check(Acknowledgements.Acknowledgement candidate) {
		return candidate.on().isAfter(candidate.today()) ? RuleResult.refused("plan.error.futureDate") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
