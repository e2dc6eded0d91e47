package vn.xdd.classification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.classification.Appraisal;
import vn.xdd.classification.ClassificationDecision;
import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.ProposalComments;
import vn.xdd.classification.ResultRedo;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.RoundOpening;
import vn.xdd.classification.RoundPublication;
import vn.xdd.classification.SelfAssessment;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.application.ChangeRuleSetSettings;
import vn.xdd.classification.application.ClassificationQueries;
import vn.xdd.classification.application.ClassificationViews;
import vn.xdd.classification.application.ReportWorkbook;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.web.ClassificationForms.AppraisalForm;
import vn.xdd.classification.web.ClassificationForms.CommentForm;
import vn.xdd.classification.web.ClassificationForms.DecisionForm;
import vn.xdd.classification.web.ClassificationForms.ListForm;
import vn.xdd.classification.web.ClassificationForms.OpenForm;
import vn.xdd.classification.web.ClassificationForms.RedoForm;
import vn.xdd.classification.web.ClassificationForms.RoundFilter;
import vn.xdd.classification.web.ClassificationForms.SettingsForm;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.Downloads;
import vn.xdd.shared.OrgUnitId;

/**
 * The classification pages. Each step of a subject is a form on its page; a refusal shows the page
 * again with the reason, nothing changed; a proposal changed meanwhile by another editor is said so
 * (409), and what this editor typed is shown again.
 */
@Controller
@RequestMapping("/classification")
class ClassificationController {

	private final ClassificationQueries queries;

	private final RoundOpening opening;

	private final SelfAssessment selfAssessment;

	private final ProposalComments comments;

	private final Appraisal appraisal;

	private final ClassificationDecision decision;

	private final RoundPublication publication;

	private final ResultRedo redo;

	private final ChangeRuleSetSettings settings;

	private final ReportWorkbook workbook;

	private final Clock clock;

	ClassificationController(ClassificationQueries queries, RoundOpening opening, SelfAssessment selfAssessment,
			ProposalComments comments, Appraisal appraisal, ClassificationDecision decision,
			RoundPublication publication, ResultRedo redo, ChangeRuleSetSettings settings, ReportWorkbook workbook,
			Clock clock) {
		this.queries = queries;
		this.opening = opening;
		this.selfAssessment = selfAssessment;
		this.comments = comments;
		this.appraisal = appraisal;
		this.decision = decision;
		this.publication = publication;
		this.redo = redo;
		this.settings = settings;
		this.workbook = workbook;
		this.clock = clock;
	}

	@GetMapping
	String rounds(@ModelAttribute("filter") ListForm filter, BindingResult ignoredUnreadable, Model model) {
		OrgUnitId unit = queries.unitOrDefault(filter.unit());
		return roundsPage(unit, model);
	}

	@PostMapping("/rounds")
	String open(@ModelAttribute OpenForm form, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		OrgUnitId unit = queries.unitOrDefault(form.unit());
		try {
			if (binding.hasErrors() || form.year() == null) {
				throw new BusinessRuleException("classification.error.formIncomplete");
			}
			RoundId id = opening.open(new RoundOpening.Command(unit, form.year(), form.selfDeadline(),
					form.appraisalDeadline(), form.decisionDeadline()));
			redirect.addFlashAttribute("notice", "classification.opened");
			return "redirect:/classification/rounds/" + id.value();
		}
		catch (BusinessRuleException e) {
			refused(model, response, e);
			return roundsPage(unit, model);
		}
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, @ModelAttribute("filter") RoundFilter filter, BindingResult ignoredUnreadable,
			Model model) {
		return roundPage(id, filter, model);
	}

	@PostMapping("/rounds/{id}/decisions")
	String decideAll(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int decided = decision.decideAppraised(new RoundId(id));
			redirect.addFlashAttribute("notice", "classification.decidedAll");
			redirect.addFlashAttribute("noticeArguments", new Object[] { decided });
			return "redirect:/classification/rounds/" + id;
		}
		catch (BusinessRuleException e) {
			refused(model, response, e);
			return roundPage(id, new RoundFilter(null, null, null, null, null), model);
		}
	}

	@PostMapping("/rounds/{id}/publication")
	String publish(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			publication.publish(new RoundId(id));
			redirect.addFlashAttribute("notice", "classification.published");
			return "redirect:/classification/rounds/" + id + "/report";
		}
		catch (BusinessRuleException e) {
			refused(model, response, e);
			return roundPage(id, new RoundFilter(null, null, null, null, null), model);
		}
	}

	@GetMapping("/rounds/{id}/report")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("r", queries.report(new RoundId(id)));
		model.addAttribute("levels", Level.values());
		return "classification/report";
	}

	@GetMapping("/rounds/{id}/report.xlsx")
	void reportWorkbook(@PathVariable long id, java.util.Locale locale, HttpServletResponse response)
			throws java.io.IOException {
		ClassificationViews.Report report = queries.report(new RoundId(id));
		byte[] bytes = workbook.write(report, locale);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				Downloads.attachment("xep-loai-" + report.round().year() + "-" + report.round().unitId() + ".xlsx"));
		response.getOutputStream().write(bytes);
	}

	@GetMapping("/subjects/{id}")
	String subject(@PathVariable long id, Model model) {
		return subjectPage(id, model);
	}

	@PostMapping("/subjects/{id}/self")
	String self(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "self", model, response, redirect, "classification.selfSaved", () -> {
			Map<String, Integer> points = new HashMap<>();
			Map<String, Grade> grades = new HashMap<>();
			params.forEach((name, value) -> {
				if (name.startsWith("points.") && !value.isBlank()) {
					points.put(name.substring(7), number(value));
				}
				if (name.startsWith("grade.") && !value.isBlank()) {
					grades.put(name.substring(6), parse(Grade.class, value));
				}
			});
			TaskFigures tasks = new TaskFigures(optionalNumber(params.get("tasksTotal")),
					optionalNumber(params.get("tasksDone")), optionalNumber(params.get("tasksOnTime")),
					optionalNumber(params.get("tasksExceeded")), optionalNumber(params.get("tasksBehind")));
			String state = params.get("stateLevel");
			selfAssessment.assess(new SubjectId(id),
					new SelfAssessment.Entry(parse(Level.class, params.get("level")), points, grades, tasks,
							state == null || state.isBlank() ? null : parse(Level.class, state),
							text(params.get("note"))),
					number(params.get("version")));
		});
	}

	@PostMapping("/subjects/{id}/comments")
	String comment(@PathVariable long id, @ModelAttribute CommentForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "comment", model, response, redirect, "classification.commented", () -> {
			complete(binding);
			comments.comment(new SubjectId(id), text(form.comment()), form.votesFor(), form.votesAgainst(),
					present(form.version()));
		});
	}

	@PostMapping("/subjects/{id}/appraisal")
	String appraise(@PathVariable long id, @ModelAttribute AppraisalForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "appraisal", model, response, redirect, "classification.appraised", () -> {
			complete(binding);
			appraisal.appraise(new SubjectId(id), present(form.level()), text(form.reason()), text(form.overruleReason()),
					present(form.version()));
		});
	}

	@PostMapping("/subjects/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute DecisionForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "decision", model, response, redirect, "classification.decided", () -> {
			complete(binding);
			decision.decide(new SubjectId(id), present(form.level()), Boolean.TRUE.equals(form.outstanding()),
					text(form.reason()), present(form.version()));
		});
	}

	@PostMapping("/subjects/{id}/redo")
	String redo(@PathVariable long id, @ModelAttribute RedoForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(id, "redo", model, response, redirect, "classification.redone",
				() -> redo.redo(new SubjectId(id), text(form.reason())));
	}

	/** The member's results by year, for his record's page (loaded by htmx). */
	@GetMapping("/members/{id}")
	String memberResults(@PathVariable long id, Model model) {
		model.addAttribute("results", queries.ofMember(new MemberId(id)));
		return "classification/member-results :: results";
	}

	@GetMapping("/settings")
	String settingsPage(Model model) {
		model.addAttribute("ruleSets", queries.ruleSets());
		model.addAttribute("canChange", settings.allowed());
		return "classification/settings";
	}

	@PostMapping("/settings/{code}")
	String changeSettings(@PathVariable String code, @ModelAttribute SettingsForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			complete(binding);
			settings.change(code, new RuleSet.Settings(form.excellentMinScore(), form.goodMinScore(),
					form.completedMinScore(), form.exceededMinPercent(), form.behindMaxPercent(), form.doneMinPercent(),
					form.minMonthsAdmitted(), Boolean.TRUE.equals(form.earlierShortcomingsGate()),
					Boolean.TRUE.equals(form.quotaEnabled()), present(form.quotaPercent())), present(form.version()));
			redirect.addFlashAttribute("notice", "classification.settingsSaved");
			return "redirect:/classification/settings";
		}
		catch (BusinessRuleException e) {
			refused(model, response, e);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "error.concurrentUpdate");
			model.addAttribute("problemArguments", new Object[0]);
		}
		return settingsPage(model);
	}

	private String step(long id, String action, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String notice, Runnable work) {
		try {
			work.run();
		}
		catch (BusinessRuleException e) {
			refused(model, response, e);
			model.addAttribute("failedAction", action);
			return subjectPage(id, model);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "error.concurrentUpdate");
			model.addAttribute("problemArguments", new Object[0]);
			model.addAttribute("failedAction", action);
			return subjectPage(id, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/classification/subjects/" + id;
	}

	private String roundsPage(OrgUnitId unit, Model model) {
		model.addAttribute("rounds", queries.rounds(unit));
		model.addAttribute("unitId", unit.value());
		model.addAttribute("canOpen", queries.opens(unit));
		model.addAttribute("currentYear", LocalDate.now(clock).getYear());
		return "classification/rounds";
	}

	private String roundPage(long id, RoundFilter filter, Model model) {
		ClassificationViews.RoundPage page = queries.round(new RoundId(id), filter.unit(), filter.stage(), filter.level(),
				filter.kind(), filter.type() == null || filter.type().isBlank() || filter.type().length() > 40 ? null
						: filter.type());
		model.addAttribute("p", page);
		if (filter.level() != null) {
			model.addAttribute("levelFilterKey", page.wording().messageKey(filter.level(),
					filter.kind() == null ? vn.xdd.classification.SubjectKind.MEMBER : filter.kind()));
		}
		model.addAttribute("stages", Stage.values());
		return "classification/round";
	}

	private String subjectPage(long id, Model model) {
		model.addAttribute("s", queries.subject(new SubjectId(id)));
		model.addAttribute("levels", Level.values());
		model.addAttribute("grades", Grade.values());
		return "classification/subject";
	}

	private static void refused(Model model, HttpServletResponse response, BusinessRuleException e) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", e.messageKey());
		model.addAttribute("problemArguments", e.arguments());
	}

	private static void complete(BindingResult binding) {
		if (binding.hasErrors()) {
			throw new BusinessRuleException("classification.error.formIncomplete");
		}
	}

	private static <T> T present(@Nullable T value) {
		if (value == null) {
			throw new BusinessRuleException("classification.error.formIncomplete");
		}
		return value;
	}

	private static int number(@Nullable String value) {
		Integer parsed = optionalNumber(value);
		return present(parsed);
	}

	private static @Nullable Integer optionalNumber(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new BusinessRuleException("classification.error.notANumber", value.length() > 20 ? value.substring(0, 20) : value);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleException("classification.error.formIncomplete");
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleException("classification.error.levelUnknown", value.length() > 20 ? value.substring(0, 20) : value);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
