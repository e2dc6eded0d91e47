package vn.xdd.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.discipline.DecisionDocumentSource;
import vn.xdd.document.issue.application.DocumentHeaders;
import vn.xdd.document.issue.application.PreviewHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.numbering.application.NumberingAccess;

/** A discipline decision as QUYẾT ĐỊNH before it is issued, with the button that issues it through the register. */
@Controller
class DecisionPreviewController {

	private final DecisionDocumentSource source;

	private final PreviewHeader previewHeader;

	private final DocumentHeaders headers;

	private final NumberingAccess numbering;

	DecisionPreviewController(DecisionDocumentSource source, PreviewHeader previewHeader, DocumentHeaders headers,
			NumberingAccess numbering) {
		this.source = source;
		this.previewHeader = previewHeader;
		this.headers = headers;
		this.numbering = numbering;
	}

	@GetMapping("/documents/discipline/{caseId}/preview")
	String preview(@PathVariable long caseId, Model model) {
		var unit = source.issuingUnit(caseId);
		String number = source.numberOf(caseId);
		var profile = headers.profile(unit);
		OfficialDocument document = DocumentHeaders.withRecipients(source.compose(caseId,
				previewHeader.header(source.kind(), caseId, null), DocumentHeaders.signature(profile)), profile);
		model.addAttribute("preview", DocumentPreview.of(document));
		model.addAttribute("caseId", caseId);
		model.addAttribute("kind", DocumentKind.DISCIPLINE_DECISION);
		model.addAttribute("sourceId", caseId);
		// A decision entered from the archive already has its number: it is not issued a second time.
		model.addAttribute("canIssue", number == null && numbering.canIssue(unit));
		model.addAttribute("number", number);
		return "document/decision-preview";
	}
}
