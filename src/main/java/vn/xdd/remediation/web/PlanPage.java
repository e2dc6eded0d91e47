package vn.xdd.remediation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.xdd.files.Attachments;
import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.application.PlanAccess;
import vn.xdd.remediation.application.PlanDetail;
import vn.xdd.remediation.application.PlanDetails;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.web.PlanViews.FileView;
import vn.xdd.remediation.web.PlanViews.GroupView;
import vn.xdd.remediation.web.PlanViews.ItemView;
import vn.xdd.remediation.web.PlanViews.Option;
import vn.xdd.remediation.web.PlanViews.PlanView;
import vn.xdd.remediation.web.PlanViews.ReportView;
import vn.xdd.remediation.web.PlanViews.TargetView;
import vn.xdd.remediation.web.PlanViews.TaskView;
import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.OrgUnitId;

/**
 * Puts a plan, its groups, tasks, reports and targets, and the choices of its forms, in the model;
 * which actions are offered is {@link PlanDetails}' answer, here only rendered.
 */
@Component
class PlanPage {

	private final PlanAccess access;

	private final PlanDetails details;

	private final OrgUnits units;

	private final Campaigns campaigns;

	private final Shortcomings shortcomings;

	private final Attachments attachments;

	private final Clock clock;

	PlanPage(PlanAccess access, PlanDetails details, OrgUnits units, Campaigns campaigns,
			Shortcomings shortcomings, Attachments attachments, Clock clock) {
		this.access = access;
		this.details = details;
		this.units = units;
		this.campaigns = campaigns;
		this.shortcomings = shortcomings;
		this.attachments = attachments;
		this.clock = clock;
	}

	PlanView plan(PlanDetail.Header plan) {
		String campaign = plan.campaignId() == null ? null
				: campaigns.find(new CampaignId(plan.campaignId())).map(CampaignSummary::name).orElse(null);
		return new PlanView(plan.id(), plan.unitId(), name(plan.unitId()), plan.numberSymbol(), plan.issuedOn(),
				plan.title(), plan.campaignId(), campaign, plan.status().name(), plan.status().messageKey(),
				plan.resultsSummary(), plan.cancelReason(), plan.version());
	}

	void fill(PlanDetail detail, Model model) {
		PlanDetail.Header plan = detail.plan();
		LocalDate today = LocalDate.now(clock);
		List<PlanDetail.Task> tasks = detail.tasks();
		Map<Long, List<PlanDetail.Report>> reports = detail.reports()
			.stream()
			.collect(Collectors.groupingBy(PlanDetail.Report::taskId));
		Map<Long, ItemView> items = items(tasks.stream().flatMap(t -> t.shortcomings().stream()).toList());
		List<PlanDetail.Group> groups = detail.groups();
		List<GroupView> groupViews = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			PlanDetail.Group group = groups.get(i);
			List<TaskView> taskViews = tasks.stream()
				.filter(t -> t.groupId() == group.id())
				.map(t -> task(t, reports.getOrDefault(t.id(), List.of()), items))
				.toList();
			groupViews.add(new GroupView(group.id(), i + 1, group.title(), i == 0, i == groups.size() - 1, taskViews));
		}
		List<TargetView> targets = detail.targets()
			.stream()
			.map(t -> new TargetView(t.unitId(), name(t.unitId()), t.acknowledged(), t.acknowledgedOn(),
					t.acknowledgedBy(), t.canAcknowledge()))
			.toList();
		model.addAttribute("plan", plan(plan));
		model.addAttribute("groups", groupViews);
		// Every item the plan addresses, once, in the order of the tasks: where the dashboard's figures lead.
		model.addAttribute("linkedItems", tasks.stream()
			.flatMap(t -> t.shortcomings().stream())
			.distinct()
			.map(items::get)
			.filter(Objects::nonNull)
			.toList());
		model.addAttribute("targets", targets);
		model.addAttribute("acknowledgedCount", targets.stream().filter(TargetView::acknowledged).count());
		model.addAttribute("canEdit", detail.canEdit());
		model.addAttribute("canDelete", detail.canDelete());
		model.addAttribute("canCancel", detail.canCancel());
		model.addAttribute("canClose", detail.canClose());
		model.addAttribute("issued", plan.status() == PlanStatus.ISSUED);
		model.addAttribute("today", today);
		if (detail.canEdit()) {
			List<Long> targeted = detail.targets().stream().map(PlanDetail.Target::unitId).toList();
			model.addAttribute("targetOptions", subtree(plan.unit(), false).stream()
				.filter(o -> !targeted.contains(Long.parseLong(o.value())))
				.toList());
			model.addAttribute("campaignOptions", campaignOptions());
		}
	}

	private TaskView task(PlanDetail.Task task, List<PlanDetail.Report> reports, Map<Long, ItemView> items) {
		String lead = task.leadUnitId() != null ? name(task.leadUnitId())
				: task.leadPerson() == null ? "" : task.leadPerson();
		if (task.leadUnitId() != null && task.leadPerson() != null) {
			lead = lead + " (" + task.leadPerson() + ")";
		}
		String coordinators = task.coordinators().stream().map(this::name).collect(Collectors.joining(", "));
		List<ItemView> linked = task.shortcomings()
			.stream()
			.map(id -> items.getOrDefault(id, new ItemView(id, "#" + id, "", "", "")))
			.toList();
		List<ReportView> reportViews = reports.stream().map(this::report).toList();
		return new TaskView(task.id(), task.text(), lead, coordinators, task.deadline(),
				task.recurrence().messageKey(), task.recurrence() != Recurrence.NONE, task.expectedOutput(),
				task.status().name(), task.status().messageKey(), task.progressPercent(), task.overdue(), linked,
				reportViews, task.canReport());
	}

	private ReportView report(PlanDetail.Report report) {
		List<FileView> files = attachments.findAll(report.files().stream().map(FileId::new).toList())
			.stream()
			.map((StoredFile f) -> new FileView(f.id().value(), f.fileName()))
			.toList();
		return new ReportView(report.id(), report.reportedOn(), report.reportedBy(), report.stage(), report.percent(),
				report.narrative(), report.status().name(), report.status().messageKey(), report.decidedBy(),
				report.returnReason(), files, report.canDecide());
	}

	/** The shortcomings with the given ids, as the register shows them to the user. */
	Map<Long, ItemView> items(List<Long> ids) {
		Map<Long, ItemView> views = new HashMap<>();
		Shortcomings register = shortcomings;
		if (ids.isEmpty()) {
			return views;
		}
		for (ShortcomingSummary s : register.findAll(ids.stream().distinct().map(ShortcomingId::new).toList())) {
			views.put(s.id().value(), item(s));
		}
		return views;
	}

	static ItemView item(ShortcomingSummary s) {
		return new ItemView(s.id().value(), s.text(), s.holderName(), s.status().name(), s.status().messageKey());
	}

	/** The shortcomings a task of the plan may address: not yet verified, under the issuing unit. */
	List<ItemView> linkable(PlanDetail.Header plan, List<Long> alreadyLinked) {
		Shortcomings register = shortcomings;
		List<ItemView> options = new ArrayList<>(items(alreadyLinked).values());
		register.unresolvedUnder(plan.unit())
			.stream()
			.filter(s -> !alreadyLinked.contains(s.id().value()))
			.map(PlanPage::item)
			.forEach(options::add);
		return options;
	}

	/** The units of a subtree, indented, the root first (or left out). */
	List<Option> subtree(OrgUnitId root, boolean withRoot) {
		LocalDate today = LocalDate.now(clock);
		return units.subtrees(List.of(root))
			.stream()
			.filter(u -> u.activeOn(today) && (withRoot || !u.id().equals(root)))
			.map(u -> new Option(Long.toString(u.id().value()), "\u00a0\u00a0".repeat(u.depth()) + u.name()))
			.toList();
	}

	List<Option> campaignOptions() {
		return campaigns.visible()
			.stream()
			.map(c -> new Option(Long.toString(c.id().value()), c.name()))
			.toList();
	}

	List<Option> issuingUnitOptions() {
		return access.issuingUnits()
			.stream()
			.map(id -> new Option(Long.toString(id.value()), name(id.value())))
			.toList();
	}

	List<Option> templateOptions() {
		return details.templates().stream().map(t -> new Option(t.code(), t.name())).toList();
	}

	List<Long> children(OrgUnitId unit) {
		LocalDate today = LocalDate.now(clock);
		return units.children(unit).stream().filter(u -> u.activeOn(today)).map(u -> u.id().value()).toList();
	}

	String name(long unitId) {
		return units.find(new OrgUnitId(unitId)).map(OrgUnitSummary::name).orElse("#" + unitId);
	}
}
