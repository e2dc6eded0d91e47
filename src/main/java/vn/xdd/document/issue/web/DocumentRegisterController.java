package vn.xdd.document.issue.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.issue.application.DocumentEntry;
import vn.xdd.document.issue.application.DocumentRegister;
import vn.xdd.document.issue.application.IssueDocument;
import vn.xdd.document.issue.application.OpenDocumentFile;
import vn.xdd.document.issue.application.ReissueDocument;
import vn.xdd.document.numbering.application.NumberingAccess;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The register of issued documents (sổ đăng ký văn bản đi): search, filters, the stored files of
 * every version with their checksums, issuing from a source and re-issuing.
 */
@Controller
class DocumentRegisterController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final DocumentRegister queries;

	private final OpenDocumentFile openFile;

	private final IssueDocument issueDocument;

	private final ReissueDocument reissueDocument;

	private final NumberingAccess access;

	DocumentRegisterController(DocumentRegister queries, OpenDocumentFile openFile, IssueDocument issueDocument,
			ReissueDocument reissueDocument, NumberingAccess access) {
		this.queries = queries;
		this.openFile = openFile;
		this.issueDocument = issueDocument;
		this.reissueDocument = reissueDocument;
		this.access = access;
	}

	@GetMapping("/documents")
	String register(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable Integer year,
			Model model) {
		List<DocumentEntry> rows = queries.search(q, type, year);
		Map<OrgUnitId, String> names = queries.unitNames(rows);
		model.addAttribute("documents", rows.stream().map(r -> view(r, names.get(r.unit()))).toList());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("type", type == null ? "" : type);
		model.addAttribute("year", year);
		model.addAttribute("typeOptions",
				queries.types().stream().map(t -> new DocumentViews.Option(t.code(), t.code() + " – " + t.name())).toList());
		model.addAttribute("years", queries.years());
		model.addAttribute("settingsUnit", access.scope().activeUnit().map(OrgUnitId::value).orElse(null));
		return "document/register";
	}

	@GetMapping({ "/documents/{id}/file", "/api/v1/documents/{id}/file" })
	ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "docx") String format,
			@RequestParam(required = false) @Nullable Integer version) {
		OpenDocumentFile.Opened opened = openFile.open(id, OpenDocumentFile.Format.parse(format), version);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, vn.xdd.shared.Downloads.attachment(opened.fileName()))
			.header("X-Content-SHA256", opened.sha256())
			.header("X-Document-Version", Integer.toString(opened.versionNo()))
			.body(opened.content());
	}

	/** Issues a document from a source page (a plan, a results report): the number is given here. */
	@PostMapping("/documents")
	String issue(@RequestParam DocumentKind kind, @RequestParam long sourceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @Nullable String inserted, RedirectAttributes redirect) {
		try {
			IssueDocument.Issued issued = issueDocument.issue(new IssueDocument.Command(kind, sourceId, issuedOn, inserted));
			redirect.addFlashAttribute("notice", "document.issued");
			return "redirect:/documents?q=" + URLEncoder.encode(issued.numberSymbol(), StandardCharsets.UTF_8);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
			return "redirect:/documents";
		}
	}

	@PostMapping("/documents/{id}/versions")
	String reissue(@PathVariable long id, RedirectAttributes redirect) {
		try {
			IssueDocument.Issued issued = reissueDocument.reissue(id);
			redirect.addFlashAttribute("notice", "document.reissued");
			return "redirect:/documents?q=" + URLEncoder.encode(issued.numberSymbol(), StandardCharsets.UTF_8);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
			return "redirect:/documents";
		}
	}

	private DocumentViews.DocumentView view(DocumentEntry row, @Nullable String unitName) {
		return new DocumentViews.DocumentView(row.id(), row.typeCode(), row.typeName(), row.numberSymbol(),
				row.issuedOn(), row.summary(), unitName == null ? "" : unitName, "documents.kind." + row.kind().name(),
				access.canIssue(row.unit()),
				row.versions()
					.stream()
					.map(v -> new DocumentViews.VersionView(v.versionNo(), v.issuedBy(), TIME.format(v.issuedAt()),
							v.docxSha256(), v.pdfSha256(), v.docxSize(), v.pdfSize()))
					.toList());
	}

}
