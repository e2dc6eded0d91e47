package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Only a unit the plan was disseminated to acknowledges it. */
public final class OnlyTargetAcknowledges implements Rule<Acknowledgements.Acknowledgement> {

	@Override
	public RuleResult check(Acknowledgements.Acknowledgement candidate) {
		return candidate.target() ? RuleResult.allowed() : RuleResult.refused("plan.error.notTarget");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
