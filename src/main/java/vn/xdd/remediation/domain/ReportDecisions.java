package vn.xdd.remediation.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleList;

/**
 * Verifying or returning a progress report, as one rule list per step: the use cases enforce
 * them, the plan page asks {@link #VERIFY} whether to show the verify and return buttons.
 */
public final class ReportDecisions {

	/** Whether the user holds a role at a unit (or at one of its ancestors). */
	@FunctionalInterface
	public interface Roles {

		boolean hasRoleAt(Role role, OrgUnitId unit);
	}

	/**
	 * A decision on a report.
	 *
	 * @param issuingUnit the unit whose committee issued the plan
	 * @param reportingUnit the unit that wrote the report (the task's lead unit)
	 * @param parentOfReportingUnit its parent; null for a root unit, which nobody can verify
	 * @param reportedBy the user name of the report's author
	 * @param status the report's status now
	 * @param user the user who decides
	 * @param roles the roles of that user
	 * @param reason the reason of a return (none for a verification, or when a page asks)
	 */
	public record Decision(OrgUnitId issuingUnit, OrgUnitId reportingUnit, @Nullable OrgUnitId parentOfReportingUnit,
			String reportedBy, ReportStatus status, String user, Roles roles, @Nullable String reason) {

		/** The same decision with a reason for the return. */
		public Decision because(@Nullable String why) {
			return new Decision(issuingUnit, reportingUnit, parentOfReportingUnit, reportedBy, status, user, roles, why);
		}
	}

	/** A report is verified by the issuing level above the reporting unit, once. */
	public static final RuleList<Decision> VERIFY = RuleList.of(new OnlyIssuingLevelVerifies(),
			new ReportDecidedOnce());

	/** A report is returned by the same level, once, with a reason. */
	public static final RuleList<Decision> RETURN = RuleList.of(new OnlyIssuingLevelVerifies(),
			new ReportDecidedOnce(), new ReturningNeedsReason());

	private ReportDecisions() {
	}
}
