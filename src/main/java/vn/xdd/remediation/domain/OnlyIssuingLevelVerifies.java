package vn.xdd.remediation.domain;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * Progress reports are verified, or returned, by the level that issued the plan and stands above
 * the reporting unit: the verifier holds a verifying role ({@link Role#verifying()}) at the plan's
 * issuing unit AND at the parent of the unit that reported. So a unit never verifies its own
 * report, even when it issued the plan itself (its report then goes to the level above), and the
 * person who wrote the report never verifies it.
 */
public final class OnlyIssuingLevelVerifies implements Rule<ReportDecisions.Decision> {

	@Override
	public RuleResult check(ReportDecisions.Decision candidate) {
		OrgUnitId parent = candidate.parentOfReportingUnit();
		if (parent == null || candidate.reportedBy().equals(candidate.user())) {
			return RuleResult.forbidden("plan.error.notVerifier");
		}
		boolean atIssuer = Role.verifying().stream().anyMatch(r -> candidate.roles().hasRoleAt(r, candidate.issuingUnit()));
		boolean aboveReporter = Role.verifying().stream().anyMatch(r -> candidate.roles().hasRoleAt(r, parent));
		return atIssuer && aboveReporter ? RuleResult.allowed() : RuleResult.forbidden("plan.error.notVerifier");
	}

	@Override
	public String regulation() {
		return "ADR 0009 (upper-level verification; a unit never verifies its own remedy)";
	}
}
