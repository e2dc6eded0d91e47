package vn.xdd.remediation.domain;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Only a plan in force is acknowledged. */
public final class AcknowledgeOnlyPlanInForce implements Rule<Acknowledgements.Acknowledgement> {

	@Override
	public RuleResult check(Acknowledgements.Acknowledgement candidate) {
		return candidate.status() == PlanStatus.ISSUED ? RuleResult.allowed() : RuleResult.refused("plan.error.notIssued");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
