package vn.xdd.remediation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.remediation.NewPlan;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.ProgressReportCommand;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.PlanSummary;
import vn.xdd.remediation.application.AcknowledgePlan;
import vn.xdd.remediation.application.AddGroup;
import vn.xdd.remediation.application.AddTask;
import vn.xdd.remediation.application.CancelPlan;
import vn.xdd.remediation.application.ClosePlan;
import vn.xdd.remediation.application.CreatePlan;
import vn.xdd.remediation.application.ReportProgress;
import vn.xdd.remediation.application.DeletePlan;
import vn.xdd.remediation.application.DisseminatePlan;
import vn.xdd.remediation.application.MoveGroup;
import vn.xdd.remediation.application.PlanAccess;
import vn.xdd.remediation.application.PlanDetail;
import vn.xdd.remediation.application.PlanDetails;
import vn.xdd.remediation.application.PlanQueries;
import vn.xdd.remediation.application.RemoveGroup;
import vn.xdd.remediation.application.RenameGroup;
import vn.xdd.remediation.application.ReturnReport;
import vn.xdd.remediation.application.UpdatePlan;
import vn.xdd.remediation.application.UpdateTask;
import vn.xdd.remediation.application.VerifyReport;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.web.PlanViews.PlanRowView;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The remediation plan pages: the list, a new plan, a plan with its groups, tasks, dissemination
 * and progress reports, and the task form.
 */
@Controller
class PlanController {

	private final PlanQueries queries;

	private final PlanAccess access;

	private final PlanPage page;

	private final PlanDetails details;

	private final CreatePlan createPlan;

	private final UpdatePlan updatePlan;

	private final DeletePlan deletePlan;

	private final CancelPlan cancelPlan;

	private final ClosePlan closePlan;

	private final AddGroup addGroup;

	private final RenameGroup renameGroup;

	private final RemoveGroup removeGroup;

	private final MoveGroup moveGroup;

	private final AddTask addTask;

	private final UpdateTask updateTask;

	private final DisseminatePlan disseminatePlan;

	private final AcknowledgePlan acknowledgePlan;

	private final ReportProgress reportProgress;

	private final VerifyReport verifyReport;

	private final ReturnReport returnReport;

	PlanController(PlanQueries queries, PlanAccess access, PlanPage page, PlanDetails details, CreatePlan createPlan,
			UpdatePlan updatePlan, DeletePlan deletePlan, CancelPlan cancelPlan, ClosePlan closePlan, AddGroup addGroup,
			RenameGroup renameGroup, RemoveGroup removeGroup, MoveGroup moveGroup, AddTask addTask,
			UpdateTask updateTask, DisseminatePlan disseminatePlan, AcknowledgePlan acknowledgePlan,
			ReportProgress reportProgress, VerifyReport verifyReport, ReturnReport returnReport) {
		this.queries = queries;
		this.access = access;
		this.page = page;
		this.details = details;
		this.createPlan = createPlan;
		this.updatePlan = updatePlan;
		this.deletePlan = deletePlan;
		this.cancelPlan = cancelPlan;
		this.closePlan = closePlan;
		this.addGroup = addGroup;
		this.renameGroup = renameGroup;
		this.removeGroup = removeGroup;
		this.moveGroup = moveGroup;
		this.addTask = addTask;
		this.updateTask = updateTask;
		this.disseminatePlan = disseminatePlan;
		this.acknowledgePlan = acknowledgePlan;
		this.reportProgress = reportProgress;
		this.verifyReport = verifyReport;
		this.returnReport = returnReport;
	}

	@GetMapping("/plans")
	String list(Model model) {
		List<PlanRowView> rows = queries.visible().stream().map(PlanController::row).toList();
		model.addAttribute("plans", rows);
		model.addAttribute("canCreate", access.canEditAnywhere());
		return "remediation/plans";
	}

	static PlanRowView row(PlanSummary p) {
		return new PlanRowView(p.id().value(), p.numberSymbol(), p.issuedOn(), p.title(), p.issuingUnitName(),
				p.status().messageKey(), p.tasks(), p.tasksDone(), p.tasksOverdue(), p.targets(), p.acknowledged());
	}

	@GetMapping("/plans/new")
	String newPlan(@RequestParam(required = false) @Nullable Long unit, Model model) {
		Long unitId = unit;
		if (unitId == null) {
			unitId = access.scope().activeUnit().filter(access::canEdit).map(OrgUnitId::value).orElse(null);
		}
		return planForm(new PlanForm(unitId, null, null, null, null, "NQ12-4", null), model);
	}

	private String planForm(PlanForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", page.issuingUnitOptions());
		model.addAttribute("campaignOptions", page.campaignOptions());
		model.addAttribute("templateOptions", page.templateOptions());
		return "remediation/plan-new";
	}

	@PostMapping("/plans")
	String create(@ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect) {
		try {
			if (form.unitId() == null) {
				throw new BusinessRuleException("plan.error.unitRequired");
			}
			PlanId id = createPlan.create(new NewPlan(new OrgUnitId(form.unitId()), form.numberSymbol(),
					form.issuedOn(), form.title(), form.campaignId(), form.templateCode()));
			redirect.addFlashAttribute("notice", "plan.created");
			return "redirect:/plans/" + id.value();
		}
		catch (BusinessRuleException e) {
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			return planForm(form, model);
		}
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, Model model) {
		page.fill(details.detail(id), model);
		return "remediation/plan";
	}

	@PostMapping("/plans/{id}")
	String update(@PathVariable long id, @ModelAttribute PlanForm form, RedirectAttributes redirect) {
		return act(id, redirect, "plan.saved", () -> updatePlan.update(new PlanId(id),
				form.version() == null ? -1 : form.version(), form.numberSymbol(), form.issuedOn(), form.title(),
				form.campaignId()));
	}

	@PostMapping("/plans/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			deletePlan.delete(new PlanId(id));
			redirect.addFlashAttribute("notice", "plan.deleted");
			return "redirect:/plans";
		}
		catch (BusinessRuleException e) {
			return problem(id, redirect, e);
		}
	}

	@PostMapping("/plans/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.cancelled", () -> cancelPlan.cancel(new PlanId(id), reason));
	}

	@PostMapping("/plans/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) @Nullable String summary,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.closed", () -> closePlan.close(new PlanId(id), summary));
	}

	@PostMapping("/plans/{id}/groups")
	String addGroup(@PathVariable long id, @RequestParam(required = false) @Nullable String title,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.groupAdded", () -> addGroup.add(new PlanId(id), title));
	}

	@PostMapping("/plans/{id}/groups/{groupId}/rename")
	String renameGroup(@PathVariable long id, @PathVariable long groupId,
			@RequestParam(required = false) @Nullable String title, RedirectAttributes redirect) {
		return act(id, redirect, "plan.saved", () -> renameGroup.rename(new PlanId(id), groupId, title));
	}

	@PostMapping("/plans/{id}/groups/{groupId}/remove")
	String removeGroup(@PathVariable long id, @PathVariable long groupId, RedirectAttributes redirect) {
		return act(id, redirect, "plan.groupRemoved", () -> removeGroup.remove(new PlanId(id), groupId));
	}

	@PostMapping("/plans/{id}/groups/{groupId}/move")
	String moveGroup(@PathVariable long id, @PathVariable long groupId, @RequestParam String direction,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.saved", () -> moveGroup.move(new PlanId(id), groupId, "up".equals(direction)));
	}

	@PostMapping("/plans/{id}/dissemination")
	String disseminate(@PathVariable long id, @RequestParam(required = false) @Nullable List<Long> units,
			@RequestParam(required = false) boolean allChildren, RedirectAttributes redirect) {
		return act(id, redirect, "plan.disseminated", () -> {
			PlanDetail.Header plan = details.visible(id);
			List<Long> chosen = new ArrayList<>(units == null ? List.of() : units);
			if (allChildren) {
				chosen.addAll(page.children(plan.unit()));
			}
			disseminatePlan.disseminate(new PlanId(id), chosen.stream().map(OrgUnitId::new).toList());
		});
	}

	@PostMapping("/plans/{id}/acknowledgements")
	String acknowledge(@PathVariable long id, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.acknowledged",
				() -> acknowledgePlan.acknowledge(new PlanId(id), new OrgUnitId(unitId), on));
	}

	@GetMapping("/plans/{id}/tasks/new")
	String newTask(@PathVariable long id, @RequestParam(required = false) @Nullable Long group, Model model) {
		PlanDetail.Header plan = details.editable(id);
		return taskForm(plan, null, new TaskForm(group, null, null, null, null, null, Recurrence.NONE, null, null, null),
				model);
	}

	@PostMapping("/plans/{id}/tasks")
	String createTask(@PathVariable long id, @ModelAttribute("form") TaskForm form, Model model,
			RedirectAttributes redirect) {
		try {
			long task = addTask.add(new PlanId(id), form.command()).value();
			redirect.addFlashAttribute("notice", "plan.taskAdded");
			return "redirect:/plans/" + id + "#task-" + task;
		}
		catch (BusinessRuleException e) {
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			return taskForm(details.editable(id), null, form, model);
		}
	}

	@GetMapping("/plans/{id}/tasks/{taskId}/edit")
	String editTask(@PathVariable long id, @PathVariable long taskId, Model model) {
		PlanDetail.Header plan = details.editable(id);
		PlanDetail.Task task = details.taskOf(plan.id(), taskId);
		TaskForm form = new TaskForm(task.groupId(), task.text(), task.leadUnitId(), task.leadPerson(),
				task.coordinators(), task.deadline(), task.recurrence(), task.expectedOutput(), task.shortcomings(),
				task.version());
		return taskForm(plan, task, form, model);
	}

	@PostMapping("/plans/{id}/tasks/{taskId}")
	String saveTask(@PathVariable long id, @PathVariable long taskId, @ModelAttribute("form") TaskForm form,
			Model model, RedirectAttributes redirect) {
		PlanDetail.Header plan = details.editable(id);
		PlanDetail.Task task = details.taskOf(plan.id(), taskId);
		try {
			updateTask.update(taskId, form.version() == null ? -1 : form.version(), form.command());
			redirect.addFlashAttribute("notice", "plan.taskSaved");
			return "redirect:/plans/" + id + "#task-" + taskId;
		}
		catch (BusinessRuleException e) {
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			return taskForm(plan, task, form, model);
		}
	}

	private String taskForm(PlanDetail.Header plan, PlanDetail.@Nullable Task task, TaskForm form, Model model) {
		model.addAttribute("plan", page.plan(plan));
		model.addAttribute("task", task == null ? null : task.id());
		model.addAttribute("form", form);
		model.addAttribute("groupOptions", details.groups(plan.id())
			.stream()
			.map(g -> new PlanViews.Option(Long.toString(g.id()), g.title()))
			.toList());
		model.addAttribute("unitOptions", page.subtree(plan.unit(), true));
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("itemOptions",
				page.linkable(plan, task == null ? List.of() : task.shortcomings()));
		return "remediation/task-form";
	}

	@PostMapping("/plans/{id}/tasks/{taskId}/reports")
	String report(@PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable String narrative,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reportedOn,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, RedirectAttributes redirect) {
		return act(id, redirect, "plan.reported", () -> {
			details.taskOf(details.visible(id).id(), taskId);
			reportProgress.report(new TaskId(taskId),
					new ProgressReportCommand(stage, percent, narrative, reportedOn, uploads(files)));
		});
	}

	static List<ProgressReportCommand.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<ProgressReportCommand.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new ProgressReportCommand.Upload(
						file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}

	@PostMapping("/plans/{id}/reports/{reportId}/verify")
	String verify(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		details.requireReportOf(id, reportId);
		return act(id, redirect, "plan.verified", () -> verifyReport.verify(reportId, note));
	}

	@PostMapping("/plans/{id}/reports/{reportId}/return")
	String returnReport(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		details.requireReportOf(id, reportId);
		return act(id, redirect, "plan.returned", () -> returnReport.returnWithReason(reportId, reason));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/plans/" + id;
		}
		catch (BusinessRuleException e) {
			return problem(id, redirect, e);
		}
	}

	private static String problem(long id, RedirectAttributes redirect, BusinessRuleException e) {
		redirect.addFlashAttribute("problem", e.messageKey());
		redirect.addFlashAttribute("problemArguments", e.arguments());
		return "redirect:/plans/" + id;
	}
}
