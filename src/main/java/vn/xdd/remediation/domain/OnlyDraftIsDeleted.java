package vn.xdd.remediation.domain;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Only a draft may be deleted; an issued plan is cancelled with a reason. */
public final class OnlyDraftIsDeleted implements Rule<PlanLifecycle.Deletion> {

	@Override
	public RuleResult check(PlanLifecycle.Deletion candidate) {
		return candidate.status() == PlanStatus.DRAFT ? RuleResult.allowed() : RuleResult.refused("plan.error.deleteNotDraft");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
