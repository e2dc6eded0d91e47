package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.xdd.organization.OrgUnits;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.OnlyIssuingLevelVerifies;
import vn.xdd.remediation.domain.ReportDecisions;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.Role;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/**
 * Who sees and does what with plans. A plan is seen by the scope of its issuing unit and, once
 * issued, by the units it was disseminated to or assigns tasks to. The issuing unit's standing
 * committee, organisation board or office drafts and changes it; the secretary, standing
 * committee or organisation board of a target unit acknowledges it, and of a lead unit reports
 * progress; verification follows {@link OnlyIssuingLevelVerifies}.
 */
@Component
public class PlanAccess {

	static final Set<Role> EDITORS = EnumSet.of(Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.OFFICE);

	static final Set<Role> RESPONDERS = EnumSet.of(Role.SECRETARY, Role.LEADERSHIP, Role.ORGANIZATION_BOARD);

	private final AccessScope scope;

	private final JdbcPlans plans;

	private final OrgUnits units;

	public PlanAccess(AccessScope scope, JdbcPlans plans, OrgUnits units) {
		this.scope = scope;
		this.plans = plans;
		this.units = units;
	}

	/** The plan, if the user may see it; "not found" (recorded when out of scope) otherwise. */
	public PlanRow visible(long planId) {
		PlanRow plan = plans.findPlan(planId).orElseThrow(() -> new NotFoundException("PLAN", Long.toString(planId)));
		if (!canSee(plan)) {
			scope.requireReach(plan.unit(), "PLAN", Long.toString(planId));
		}
		return plan;
	}

	public boolean canSee(PlanRow plan) {
		if (scope.reaches(plan.unit())) {
			return true;
		}
		return plan.status() != PlanStatus.DRAFT
				&& plans.concernedUnits(plan.id()).stream().map(OrgUnitId::new).anyMatch(scope::reaches);
	}

	/** The plan, if the user may change it (seen, editor at the issuing unit, still open). */
	public PlanRow editable(long planId) {
		PlanRow plan = visible(planId);
		if (!canEdit(plan.unit())) {
			throw new PermissionDeniedException("plan.error.notAllowed");
		}
		return plan;
	}

	public TaskRow visibleTask(long taskId) {
		TaskRow task = plans.findTask(taskId).orElseThrow(() -> new NotFoundException("PLAN_TASK", Long.toString(taskId)));
		visible(task.planId());
		return task;
	}

	public ReportRow visibleReport(long reportId) {
		ReportRow report = plans.findReport(reportId)
			.orElseThrow(() -> new NotFoundException("PROGRESS_REPORT", Long.toString(reportId)));
		visibleTask(report.taskId());
		Visibility.require(Visibility.PROGRESS_REPORT, sight(report), "PROGRESS_REPORT", reportId);
		return report;
	}

	/**
	 * Whether the user reads the report (ADR 0014): a working role at its reporting unit or above
	 * (the issuing level among them), not another unit that only sees the plan, nor a plain member.
	 */
	public boolean seesReport(ReportRow report) {
		return Visibility.PROGRESS_REPORT.allows(sight(report));
	}

	private Sight sight(ReportRow report) {
		return Sight.ofUnit(Reader.of(scope), new OrgUnitId(report.unitId()));
	}

	public boolean canEdit(OrgUnitId issuingUnit) {
		return EDITORS.stream().anyMatch(r -> scope.hasRoleAt(r, issuingUnit));
	}

	/** Whether the user may issue plans anywhere (the "new plan" button). */
	public boolean canEditAnywhere() {
		return EDITORS.stream().anyMatch(scope::hasRole);
	}

	/** The units where the user may issue plans: the units under their grants where they are editors. */
	public List<OrgUnitId> issuingUnits() {
		return units.subtrees(scope.grantRoots()).stream().map(u -> u.id()).filter(this::canEdit).toList();
	}

	public boolean canRespondFor(OrgUnitId unit) {
		return RESPONDERS.stream().anyMatch(r -> scope.hasRoleAt(r, unit));
	}

	/** The unit that reports on a task: its lead unit, or the issuing unit when a person leads it. */
	public static OrgUnitId reportingUnit(TaskRow task, PlanRow plan) {
		return new OrgUnitId(task.leadUnitId() == null ? plan.unitId() : task.leadUnitId());
	}

	/** A decision of the signed-in user on the report, for the {@link ReportDecisions} lists to judge. */
	public ReportDecisions.Decision decision(ReportRow report, PlanRow plan) {
		OrgUnitId reporting = new OrgUnitId(report.unitId());
		OrgUnitId parent = units.find(reporting).map(u -> u.parentId()).orElse(null);
		return new ReportDecisions.Decision(plan.unit(), reporting, parent, report.reportedBy(), report.status(),
				Actor.currentName(), scope::hasRoleAt, null);
	}

	/** Whether {@code unit} lies in the subtree of {@code root} (the root itself included). */
	public boolean within(OrgUnitId unit, OrgUnitId root) {
		return units.ancestorsAndSelf(unit).contains(root);
	}

	public AccessScope scope() {
		return scope;
	}

}
