package vn.xdd.remediation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.remediation.PlanContent;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.PlanSummary;
import vn.xdd.remediation.Plans;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TargetRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.review.CampaignId;
import vn.xdd.review.ShortcomingId;

/** Plans as the list page, the API and other modules see them. */
@Component
public class PlanQueries implements Plans {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final OrgUnits units;

	private final Clock clock;

	PlanQueries(PlanAccess access, JdbcPlans plans, OrgUnits units, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.units = units;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanSummary> visible() {
		return plans.allPlans().stream().filter(access::canSee).map(this::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanSummary> find(PlanId id) {
		return plans.findPlan(id.value()).filter(access::canSee).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShortcomingId> linkedShortcomings(PlanId id) {
		if (find(id).isEmpty()) {
			return List.of();
		}
		return plans.shortcomingsOfPlan(id.value()).stream().map(ShortcomingId::new).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanContent> content(PlanId id) {
		return find(id).map(summary -> {
			List<TaskRow> tasks = plans.tasks(id.value());
			List<PlanContent.Group> groups = plans.groups(id.value())
				.stream()
				.map(g -> new PlanContent.Group(g.title(),
						tasks.stream().filter(t -> t.groupId() == g.id()).map(this::taskContent).toList()))
				.toList();
			List<PlanContent.Target> targets = plans.targets(id.value())
				.stream()
				.map(t -> new PlanContent.Target(new vn.xdd.shared.OrgUnitId(t.unitId()), unitName(t.unitId())))
				.toList();
			return new PlanContent(summary, groups, targets);
		});
	}

	private PlanContent.Task taskContent(TaskRow task) {
		return new PlanContent.Task(task.text(), task.leadUnitId() == null ? null : unitName(task.leadUnitId()),
				task.leadPerson(), plans.coordinators(task.id()).stream().map(this::unitName).toList(),
				task.deadline(), PlanContent.Repeat.valueOf(task.recurrence().name()), task.expectedOutput(),
				plans.shortcomingsOfTask(task.id()).stream().map(ShortcomingId::new).toList());
	}

	private String unitName(long id) {
		return units.find(new vn.xdd.shared.OrgUnitId(id)).map(OrgUnitSummary::name).orElse("#" + id);
	}

	public PlanSummary summary(PlanRow plan) {
		LocalDate today = LocalDate.now(clock);
		List<TaskRow> tasks = plans.tasks(plan.id());
		List<TargetRow> targets = plans.targets(plan.id());
		int done = (int) tasks.stream().filter(t -> t.status().done()).count();
		int overdue = (int) tasks.stream()
			.filter(t -> PlanDetails.overdue(t.status(), t.deadline(), today))
			.count();
		String unitName = units.find(plan.unit()).map(OrgUnitSummary::name).orElse("");
		return new PlanSummary(new PlanId(plan.id()), plan.unit(), unitName, plan.numberSymbol(), plan.issuedOn(),
				plan.title(), plan.campaignId() == null ? null : new CampaignId(plan.campaignId()), plan.status(),
				tasks.size(), done, overdue, targets.size(),
				(int) targets.stream().filter(TargetRow::acknowledged).count());
	}

	/** Names of units by id, for display. */
	public Map<Long, String> unitNames(java.util.Collection<Long> ids) {
		return ids.stream()
			.distinct()
			.collect(Collectors.toMap(id -> id,
					id -> units.find(new vn.xdd.shared.OrgUnitId(id)).map(OrgUnitSummary::name).orElse("#" + id)));
	}
}
