package vn.xdd.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.xdd.classification.ClassificationReports.RoundReport;
import vn.xdd.document.DocumentKind;
import vn.xdd.document.classification.ClassificationReportSource;
import vn.xdd.document.issue.application.DocumentHeaders;
import vn.xdd.document.issue.application.DocumentQueries;
import vn.xdd.document.issue.application.PreviewHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.numbering.application.NumberingAccess;

/**
 * The report of a classification round as BÁO CÁO before it is issued, with the button that issues
 * it through the register once the round is published; once issued, its number and a link to it.
 */
@Controller
class ClassificationReportPreviewController {

	private final ClassificationReportSource source;

	private final PreviewHeader previewHeader;

	private final DocumentHeaders headers;

	private final NumberingAccess numbering;

	private final DocumentQueries documents;

	ClassificationReportPreviewController(ClassificationReportSource source, PreviewHeader previewHeader,
			DocumentHeaders headers, NumberingAccess numbering, DocumentQueries documents) {
		this.source = source;
		this.previewHeader = previewHeader;
		this.headers = headers;
		this.numbering = numbering;
		this.documents = documents;
	}

	@GetMapping("/documents/classification/{roundId}/preview")
	String preview(@PathVariable long roundId, Model model) {
		RoundReport report = source.report(roundId);
		var profile = headers.profile(report.unit());
		OfficialDocument document = DocumentHeaders.withRecipients(source.compose(roundId,
				previewHeader.header(source.kind(), roundId, null), DocumentHeaders.signature(profile)), profile);
		var issued = documents.issuedFrom(DocumentKind.CLASSIFICATION_REPORT, roundId);
		model.addAttribute("preview", DocumentPreview.of(document));
		model.addAttribute("roundId", roundId);
		model.addAttribute("year", Integer.toString(report.year()));
		model.addAttribute("published", report.published());
		model.addAttribute("kind", DocumentKind.CLASSIFICATION_REPORT);
		model.addAttribute("sourceId", roundId);
		model.addAttribute("canIssue", report.published() && issued.isEmpty() && numbering.canIssue(report.unit()));
		model.addAttribute("issued", issued.orElse(null));
		return "document/classification-preview";
	}
}
