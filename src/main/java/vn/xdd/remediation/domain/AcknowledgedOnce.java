package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A unit acknowledges a plan once. */
public final class AcknowledgedOnce implements Rule<Acknowledgements.Acknowledgement> {

	@Override
	public RuleResult check(Acknowledgements.Acknowledgement candidate) {
		return candidate.acknowledged() ? RuleResult.refused("plan.error.alreadyAcknowledged") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
