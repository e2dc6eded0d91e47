package vn.xdd.discipline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.discipline.CaseClosing;
import vn.xdd.discipline.CaseDecision;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseOpening;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.ComplaintLodging;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.ComplaintRuling;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.FormProposal;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.ViolationRecording;
import vn.xdd.discipline.application.CaseQueries;
import vn.xdd.discipline.application.CaseViews;
import vn.xdd.discipline.application.ImportCases;
import vn.xdd.discipline.web.CaseForms.ClosingForm;
import vn.xdd.discipline.web.CaseForms.ComplaintForm;
import vn.xdd.discipline.web.CaseForms.DecisionForm;
import vn.xdd.discipline.web.CaseForms.ListForm;
import vn.xdd.discipline.web.CaseForms.OpenForm;
import vn.xdd.discipline.web.CaseForms.ProposalForm;
import vn.xdd.discipline.web.CaseForms.RulingForm;
import vn.xdd.discipline.web.CaseForms.StatisticsForm;
import vn.xdd.discipline.web.CaseForms.ViolationForm;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The discipline pages. Each step of a case is a form on the case's page; a refusal shows the page
 * again with the reason and what was typed (the request's parameters), nothing changed.
 */
@Controller
@RequestMapping("/discipline")
class DisciplineController {

	private final CaseQueries queries;

	private final CaseOpening opening;

	private final ViolationRecording violations;

	private final FormProposal proposal;

	private final CaseDecision decision;

	private final CaseClosing closing;

	private final ComplaintLodging complaints;

	private final ComplaintRuling rulings;

	private final Clock clock;

	private final ImportCases importCases;

	private final vn.xdd.discipline.application.AttachCaseFile attachFile;

	DisciplineController(CaseQueries queries, CaseOpening opening, ViolationRecording violations,
			FormProposal proposal, CaseDecision decision, CaseClosing closing, ComplaintLodging complaints,
			ComplaintRuling rulings, Clock clock, ImportCases importCases,
			vn.xdd.discipline.application.AttachCaseFile attachFile) {
		this.importCases = importCases;
		this.attachFile = attachFile;
		this.queries = queries;
		this.opening = opening;
		this.violations = violations;
		this.proposal = proposal;
		this.decision = decision;
		this.closing = closing;
		this.complaints = complaints;
		this.rulings = rulings;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") ListForm filter, BindingResult ignoredUnreadable, Model model) {
		OrgUnitId unit = queries.unitOrDefault(filter.unit());
		int page = filter.page() == null ? 1 : filter.page();
		CaseViews.CasePage found = queries.list(unit, new CaseViews.Filter(filter.status(), filter.form(),
				filter.subject(), filter.decidedFrom(), filter.decidedUntil()), page);
		model.addAttribute("cases", found);
		model.addAttribute("unitId", unit.value());
		model.addAttribute("unitName", queries.unitPath(unit));
		model.addAttribute("canOpen", queries.handles(unit));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("forms", DisciplineForm.values());
		model.addAttribute("subjects", SubjectKind.values());
		return "discipline/cases";
	}

	@GetMapping("/new")
	String newCase(@ModelAttribute("form") OpenForm form, BindingResult ignoredUnreadable, Model model) {
		return newCasePage(form, model);
	}

	@PostMapping
	String open(@ModelAttribute("form") OpenForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors() || form.openedByUnitId() == null || form.source() == null || form.openedOn() == null
				|| (form.memberId() == null && form.organizationId() == null)) {
			return refusedNew(form, model, response, new BusinessRuleException("discipline.error.openIncomplete"));
		}
		try {
			CaseId id = opening.open(new CaseOpening.Command(form.memberId() == null ? null : new MemberId(form.memberId()),
					form.organizationId() == null ? null : new OrgUnitId(form.organizationId()),
					new OrgUnitId(form.openedByUnitId()), form.source(), form.openedOn(), text(form.summary())));
			redirect.addFlashAttribute("notice", "discipline.opened");
			return "redirect:/discipline/" + id.value();
		}
		catch (BusinessRuleException e) {
			return refusedNew(form, model, response, e);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		return casePage(id, model, locale);
	}

	@PostMapping("/{id}/violations")
	String violation(@PathVariable long id, @ModelAttribute ViolationForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "violation", binding, model, locale, response, redirect, "discipline.violationRecorded", () -> {
			violations.record(new CaseId(id), new ViolationRecording.Command(text(form.description()),
					form.committedFrom(), present(form.committedOn()), present(form.category()), text(form.ruleBreached()),
					Boolean.TRUE.equals(form.higherLevelTask())));
		});
	}

	@PostMapping("/{id}/proposal")
	String propose(@PathVariable long id, @ModelAttribute ProposalForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "proposal", binding, model, locale, response, redirect, "discipline.proposed", () -> {
			proposal.propose(new CaseId(id),
					new FormProposal.Command(present(form.form()), present(form.proposedOn()), text(form.note())));
		});
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute DecisionForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "decision", binding, model, locale, response, redirect, "discipline.decided", () -> {
			decision.decide(new CaseId(id), new CaseDecision.Command(present(form.form()),
					new OrgUnitId(present(form.decidedByUnitId())), text(form.decisionNumber()), present(form.concludedOn()),
					present(form.decidedOn()), present(form.announcedOn()), vote(form.bodyMembers(), form.votesFor(),
							form.votesAgainst()), text(form.signatory())));
		});
	}

	@PostMapping("/{id}/closing")
	String close(@PathVariable long id, @ModelAttribute ClosingForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "closing", binding, model, locale, response, redirect, "discipline.closed", () -> {
			closing.close(new CaseId(id),
					new CaseClosing.Command(present(form.reason()), present(form.closedOn()), text(form.note())));
		});
	}

	@PostMapping("/{id}/complaints")
	String complain(@PathVariable long id, @ModelAttribute ComplaintForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "complaint", binding, model, locale, response, redirect, "discipline.complaintFiled", () -> {
			complaints.file(new CaseId(id), new ComplaintLodging.Command(present(form.receivedOn()), present(form.filedOn()),
					text(form.addressedTo()), text(form.content())));
		});
	}

	@PostMapping("/{id}/ruling")
	String rule(@PathVariable long id, @ModelAttribute RulingForm form, BindingResult binding, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, "ruling", binding, model, locale, response, redirect, "discipline.ruled", () -> {
			rulings.rule(new CaseId(id), new ComplaintRuling.Command(present(form.outcome()), present(form.ruledOn()),
					text(form.note()),
					form.changedTo()));
		});
	}

	@GetMapping("/statistics")
	String statistics(@ModelAttribute("filter") StatisticsForm filter, BindingResult ignoredUnreadable, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = filter.from() != null ? filter.from() : today.withDayOfYear(1);
		LocalDate until = filter.until() != null ? filter.until() : today;
		OrgUnitId unit = queries.unitOrDefault(filter.unit());
		model.addAttribute("stats", queries.statistics(unit, from, until));
		model.addAttribute("unitName", queries.unitPath(unit));
		model.addAttribute("memberForms", List.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING,
				DisciplineForm.REMOVAL_FROM_POST, DisciplineForm.EXPULSION));
		model.addAttribute("organizationForms", List.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING,
				DisciplineForm.DISSOLUTION));
		return "discipline/statistics";
	}

	@GetMapping("/statistics.xlsx")
	org.springframework.http.ResponseEntity<byte[]> statisticsXlsx(@ModelAttribute("filter") StatisticsForm filter,
			BindingResult ignoredUnreadable, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = filter.from() != null ? filter.from() : today.withDayOfYear(1);
		LocalDate until = filter.until() != null ? filter.until() : today;
		byte[] xlsx = queries.statisticsWorkbook(queries.unitOrDefault(filter.unit()), from, until, locale);
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					vn.xdd.shared.Downloads.attachment("thong-ke-ky-luat-" + from + "-" + until + ".xlsx"))
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(xlsx);
	}

	@PostMapping("/{id}/files")
	String attach(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String note, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
		byte[] content = file.getBytes();
		String name = java.util.Objects.requireNonNullElse(file.getOriginalFilename(), "tep");
		return step(id, "files", null, model, locale, response, redirect, "discipline.fileAttached",
				() -> attachFile.attach(new CaseId(id), name, content, note));
	}

	@GetMapping("/{id}/files/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		CaseViews.FileContent file = queries.file(new CaseId(id), fileId);
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, vn.xdd.shared.Downloads.attachment(file.fileName()))
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

	@GetMapping("/import")
	String importPage(Model model) {
		model.addAttribute("units", queries.handledUnits());
		return "discipline/import";
	}

	@GetMapping("/import/template.xlsx")
	org.springframework.http.ResponseEntity<byte[]> importTemplate(Locale locale) {
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					vn.xdd.shared.Downloads.attachment("mau-nhap-quyet-dinh-ky-luat.xlsx"))
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(importCases.template(locale));
	}

	/** Checks every row of the file and, when all pass, imports them; the page lists each row's outcome. */
	@PostMapping("/import")
	String importFile(@org.springframework.web.bind.annotation.RequestParam("committeeId") long committeeId,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Model model, Locale locale, HttpServletResponse response) throws java.io.IOException {
		model.addAttribute("units", queries.handledUnits());
		try {
			ImportCases.Report report = importCases.run(file.getBytes(), new OrgUnitId(committeeId), locale);
			model.addAttribute("report", report);
			if (!report.imported()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		catch (BusinessRuleException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
		}
		return "discipline/import";
	}

	/** The member's discipline history, for his record's page (loaded by htmx; empty for whoever may not see it). */
	@GetMapping("/members/{id}")
	String memberHistory(@PathVariable long id, Model model) {
		model.addAttribute("history", queries.ofMember(new MemberId(id)));
		return "discipline/member-history :: history";
	}

	private String step(long id, String action, @Nullable BindingResult binding, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, String notice, Runnable work) {
		try {
			if (binding != null && binding.hasErrors()) {
				throw new BusinessRuleException("discipline.error.formIncomplete");
			}
			work.run();
		}
		catch (BusinessRuleException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			model.addAttribute("failedAction", action);
			return casePage(id, model, locale);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/discipline/" + id;
	}

	/** The vote, when the body's size is given; an incomplete vote is refused. */
	private static vn.xdd.discipline.@Nullable Vote vote(@Nullable Integer members, @Nullable Integer inFavour,
			@Nullable Integer against) {
		if (members == null && inFavour == null && against == null) {
			return null;
		}
		return new vn.xdd.discipline.Vote(present(members), present(inFavour), against == null ? 0 : against);
	}

	/** A required input of the form: missing or unreadable, the page says so and keeps what was typed. */
	private static <T> T present(@Nullable T value) {
		if (value == null) {
			throw new BusinessRuleException("discipline.error.formIncomplete");
		}
		return value;
	}

	private String casePage(long id, Model model, Locale locale) {
		CaseViews.CaseDetail detail = queries.detail(new CaseId(id), locale);
		model.addAttribute("c", detail);
		model.addAttribute("actions", detail.actions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("categories", ViolationCategory.values());
		model.addAttribute("reasons", ClosingReason.values());
		model.addAttribute("outcomes", ComplaintOutcome.values());
		return "discipline/case";
	}

	private String newCasePage(OpenForm form, Model model) {
		model.addAttribute("units", queries.handledUnits());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("today", LocalDate.now(clock));
		String chosen = queries.subjectName(form.memberId(), form.organizationId());
		model.addAttribute("memberText", form.memberId() != null ? chosen : text(form.memberIdText()));
		model.addAttribute("organizationText", form.organizationId() != null ? chosen : text(form.organizationIdText()));
		return "discipline/case-new";
	}

	private String refusedNew(OpenForm form, Model model, HttpServletResponse response, BusinessRuleException e) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", e.messageKey());
		model.addAttribute("problemArguments", e.arguments());
		return newCasePage(form, model);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
