package vn.xdd.remediation.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Progress reports are verified, or returned, by the level that issued the plan and stands above
 * the reporting unit: the verifier holds a verifying role ({@link Role#verifying()}) at the
 * plan's issuing unit AND at the parent of the unit that reported. So a unit never verifies its
 * own report, even when it issued the plan itself (its report then goes to the level above), and
 * the person who wrote the report never verifies it. A return always carries a reason.
 */
public final class OnlyIssuingLevelVerifies {

	/** Whether the user holds a role at a unit (or at one of its ancestors). */
	@FunctionalInterface
	public interface Roles {

		boolean hasRoleAt(Role role, OrgUnitId unit);
	}

	/**
	 * The report to decide on.
	 *
	 * @param issuingUnit the unit whose committee issued the plan
	 * @param reportingUnit the unit that wrote the report (the task's lead unit)
	 * @param parentOfReportingUnit its parent; null for a root unit, which nobody can verify
	 * @param reportedBy the user name of the report's author
	 */
	public record Report(OrgUnitId issuingUnit, OrgUnitId reportingUnit, @Nullable OrgUnitId parentOfReportingUnit,
			String reportedBy) {
	}

	private OnlyIssuingLevelVerifies() {
	}

	/** Whether {@code user} (holding {@code roles}) may verify or return the report. */
	public static Verdict mayDecide(Report report, String user, Roles roles) {
		OrgUnitId parent = report.parentOfReportingUnit();
		if (parent == null || report.reportedBy().equals(user)) {
			return Verdict.refuse("plan.error.notVerifier");
		}
		boolean atIssuer = Role.verifying().stream().anyMatch(r -> roles.hasRoleAt(r, report.issuingUnit()));
		boolean aboveReporter = Role.verifying().stream().anyMatch(r -> roles.hasRoleAt(r, parent));
		return atIssuer && aboveReporter ? Verdict.allow() : Verdict.refuse("plan.error.notVerifier");
	}

	/** Whether the report may be returned: the verifier may decide, and gives a reason. */
	public static Verdict mayReturn(Report report, String user, Roles roles, @Nullable String reason) {
		Verdict decide = mayDecide(report, user, roles);
		if (!decide.allowed()) {
			return decide;
		}
		return reason == null || reason.isBlank() ? Verdict.refuse("plan.error.returnReasonRequired") : Verdict.allow();
	}
}
