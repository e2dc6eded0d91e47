package vn.xdd.document.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.issue.application.DocumentHeaders;
import vn.xdd.document.issue.application.PreviewHeader;
import vn.xdd.document.numbering.application.NumberingAccess;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.plan.PlanDocumentSource;
import vn.xdd.document.report.ReportDocumentSource;
import vn.xdd.document.ReportDraft;
import vn.xdd.document.report.StatisticsWorkbook;
import vn.xdd.document.report.application.CreateReportDraft;
import vn.xdd.document.report.application.EditReportDraft;
import vn.xdd.document.report.application.ReportDrafts;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The documents in the browser: the plan as KẾ HOẠCH, the results report drafts with their text
 * blocks and preview, and their statistics as Excel.
 */
@Controller
class DocumentPreviewController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanDocumentSource planSource;

	private final ReportDocumentSource reportSource;

	private final PreviewHeader previewHeader;

	private final DocumentHeaders headers;

	private final NumberingAccess numbering;

	private final ReportDrafts drafts;

	private final CreateReportDraft createDraft;

	private final EditReportDraft editDraft;

	private final Campaigns campaigns;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Clock clock;

	DocumentPreviewController(PlanDocumentSource planSource, ReportDocumentSource reportSource, PreviewHeader previewHeader, DocumentHeaders headers,
			NumberingAccess numbering,			ReportDrafts drafts, CreateReportDraft createDraft, EditReportDraft editDraft, Campaigns campaigns,
			OrgUnits units, AccessScope scope, Clock clock) {
		this.planSource = planSource;
		this.reportSource = reportSource;
		this.previewHeader = previewHeader;
		this.headers = headers;
		this.numbering = numbering;
		this.drafts = drafts;
		this.createDraft = createDraft;
		this.editDraft = editDraft;
		this.campaigns = campaigns;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The source composed as it would be issued today: the issuer profile's header without a number
	 * (Số      -KH/HU), its signature, and its usual recipients when the source names none.
	 */
	private OfficialDocument preview(DocumentSource source, long sourceId) {
		var profile = headers.profile(source.issuingUnit(sourceId));
		return DocumentHeaders.withRecipients(source.compose(sourceId,
				previewHeader.header(source.kind(), sourceId, null), DocumentHeaders.signature(profile)), profile);
	}

	@GetMapping("/documents/plan/{planId}/preview")
	String planPreview(@PathVariable long planId, Model model) {
		model.addAttribute("preview", DocumentPreview.of(preview(planSource, planId)));
		model.addAttribute("planId", planId);
		model.addAttribute("kind", DocumentKind.REMEDIATION_PLAN);
		model.addAttribute("sourceId", planId);
		model.addAttribute("canIssue", numbering.canIssue(planSource.issuingUnit(planId)));
		return "document/plan-preview";
	}

	@GetMapping("/documents/reports")
	String reports(Model model) {
		model.addAttribute("reports", drafts.visible().stream().map(this::view).toList());
		return "document/reports";
	}

	@GetMapping("/documents/reports/new")
	String newReport(Model model) {
		LocalDate today = LocalDate.now(clock);
		return newReportPage(model, new ReportForm(scope.activeUnit().map(OrgUnitId::value).orElse(null),
				today.withDayOfYear(1), today, null));
	}

	private String newReportPage(Model model, ReportForm form) {
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", units.subtrees(scope.grantRoots())
			.stream()
			.map(u -> new Option(Long.toString(u.id().value()), "\u00a0\u00a0".repeat(u.depth()) + u.name()))
			.toList());
		model.addAttribute("campaignOptions", campaigns.visible()
			.stream()
			.map(c -> new Option(Long.toString(c.id().value()), c.name()))
			.toList());
		return "document/report-new";
	}

	@PostMapping("/documents/reports")
	String create(@ModelAttribute ReportForm form) {
		if (form.unitId() == null || form.periodFrom() == null || form.periodTo() == null) {
			throw new BusinessRuleException("reports.incomplete");
		}
		long id = createDraft.create(new OrgUnitId(form.unitId()), form.periodFrom(), form.periodTo(), form.campaignId());
		return "redirect:/documents/reports/" + id;
	}

	@GetMapping("/documents/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportDraft draft = drafts.get(id);
		model.addAttribute("report", view(draft));
		model.addAttribute("texts", draft.texts());
		model.addAttribute("version", draft.version());
		model.addAttribute("preview", DocumentPreview.of(preview(reportSource, id)));
		model.addAttribute("kind", DocumentKind.REMEDIATION_REPORT);
		model.addAttribute("sourceId", id);
		model.addAttribute("canIssue", numbering.canIssue(draft.unit()));
		return "document/report";
	}

	/** Saves the texts; on a stale copy answers 409 with the page showing what the user typed. */
	@PostMapping("/documents/reports/{id}")
	String edit(@PathVariable long id, @ModelAttribute ReportTextsForm form, Model model,
			HttpServletResponse response) {
		ReportDraft.Texts texts = new ReportDraft.Texts(orEmpty(form.situation()), orEmpty(form.limitations()),
				orEmpty(form.tasksAhead()), orEmpty(form.recommendations()));
		try {
			editDraft.edit(id, form.version(), texts);
		}
		catch (BusinessRuleException e) {
			if (!e.messageKey().equals("common.staleVersion")) {
				throw e;
			}
			// The page shows the saved version (set by report): saving the kept texts again then succeeds.
			report(id, model);
			model.addAttribute("texts", texts);
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			response.setStatus(HttpStatus.CONFLICT.value());
			return "document/report";
		}
		return "redirect:/documents/reports/" + id;
	}

	@GetMapping("/documents/reports/{id}/statistics.xlsx")
	ResponseEntity<byte[]> statistics(@PathVariable long id) {
		return statisticsFile(drafts, reportSource, id);
	}

	static ResponseEntity<byte[]> statisticsFile(ReportDrafts drafts, ReportDocumentSource source, long id) {
		ReportDraft draft = drafts.get(id);
		byte[] xlsx = StatisticsWorkbook.xlsx(StatisticsWorkbook.title(drafts.unitName(draft.unit()), draft),
				source.figures(draft));
		String name = "thong-ke-khac-phuc-" + id + "-" + draft.periodTo() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(xlsx);
	}

	private ReportView view(ReportDraft draft) {
		String campaign = draft.campaignId() == null ? null
				: campaigns.find(new CampaignId(draft.campaignId())).map(CampaignSummary::name).orElse(null);
		return new ReportView(draft.id(), drafts.unitName(draft.unit()), draft.periodFrom(), draft.periodTo(), campaign,
				draft.createdBy());
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	/** A report draft in the list and on its page. */
	record ReportView(long id, String unitName, LocalDate periodFrom, LocalDate periodTo, @Nullable String campaignName,
			String createdBy) {
	}

	/** A choice of a select. */
	record Option(String value, String label) {
	}

}
