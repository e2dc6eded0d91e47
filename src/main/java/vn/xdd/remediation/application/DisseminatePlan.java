package vn.xdd.remediation.application;

import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanEvents.PlanDisseminated;
import vn.xdd.remediation.PlanEvents.PlanStatusChanged;
import vn.xdd.remediation.PlanDissemination;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Disseminates (quán triệt) a plan to units of the issuer's subtree: a draft becomes ISSUED and
 * its lead units learn their tasks; each target is asked to acknowledge. A plan in force may
 * reach more units later.
 */
@Component
public class DisseminatePlan implements PlanDissemination {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final TaskAssignment assignment;

	private final ApplicationEventPublisher events;

	DisseminatePlan(PlanAccess access, JdbcPlans plans, TaskAssignment assignment,
			ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.assignment = assignment;
		this.events = events;
	}

	@Transactional
	@Override
	public List<OrgUnitId> disseminate(PlanId id, Collection<OrgUnitId> targets) {
		PlanRow plan = access.editable(id.value());
		List<OrgUnitId> units = targets.stream().distinct().toList();
		PlanLifecycle.DISSEMINATE.enforce(new PlanLifecycle.Dissemination(plan.status(), units.size()));
		for (OrgUnitId unit : units) {
			if (unit.equals(plan.unit()) || !access.within(unit, plan.unit())) {
				throw new BusinessRuleException("plan.error.targetOutsideIssuer");
			}
		}
		List<OrgUnitId> added = plans.addTargets(id.value(), units.stream().map(OrgUnitId::value).toList())
			.stream()
			.map(OrgUnitId::new)
			.toList();
		if (!added.isEmpty()) {
			events.publishEvent(new PlanDisseminated(id, plan.numberSymbol(), TaskAssignment.shorten(plan.title()), added));
		}
		if (plan.status() == PlanStatus.DRAFT) {
			plans.setStatus(id.value(), PlanStatus.ISSUED);
			for (TaskRow task : plans.tasks(id.value())) {
				assignment.tell(plan, task.id(), new TaskData(task.text(), task.leadUnitId(), task.leadPerson(),
						task.deadline(), task.recurrence(), task.expectedOutput()));
			}
			events.publishEvent(new PlanStatusChanged(id, PlanStatus.DRAFT, PlanStatus.ISSUED, ""));
		}
		events.publishEvent(PlanChanged.described(id, "UPDATE", "plan.audit.disseminated", added.size()));
		return added;
	}
}
