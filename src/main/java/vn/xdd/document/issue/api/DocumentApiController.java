package vn.xdd.document.issue.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.issue.application.DocumentEntry;
import vn.xdd.document.issue.application.DocumentRegister;
import vn.xdd.document.issue.application.IssueDocument;
import vn.xdd.document.issue.application.ReissueDocument;
import vn.xdd.shared.BusinessRuleException;

/** The register of issued documents; the files are served at /api/v1/documents/{id}/file. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Văn bản", description = "Sổ đăng ký văn bản: cấp số, ban hành, ban hành lại, tải bản lưu")
class DocumentApiController {

	/**
	 * @param suffix for a document inserted into the series: 42 (next letter after 42) or 42a
	 */
	record IssueRequest(@Nullable DocumentKind kind, @Nullable Long sourceId, @Nullable LocalDate issuedOn,
			@Nullable String suffix) {
	}

	record VersionJson(int version, String docxSha256, String pdfSha256, long docxSize, long pdfSize, String issuedBy,
			Instant issuedAt, String docxUrl, String pdfUrl) {
	}

	record DocumentJson(long id, long unitId, String kind, String typeCode, int number, @Nullable String suffix,
			String numberSymbol, LocalDate issuedOn, String summary, long sourceId, String status,
			List<VersionJson> versions) {
	}

	private final DocumentRegister queries;

	private final IssueDocument issueDocument;

	private final ReissueDocument reissueDocument;

	DocumentApiController(DocumentRegister queries, IssueDocument issueDocument, ReissueDocument reissueDocument) {
		this.queries = queries;
		this.issueDocument = issueDocument;
		this.reissueDocument = reissueDocument;
	}

	@PostMapping
	@Operation(summary = "Ban hành văn bản từ nguồn (kế hoạch, báo cáo): cấp số trong sổ và lưu bản Word, PDF lần 1")
	ResponseEntity<DocumentJson> issue(@RequestBody IssueRequest request) {
		if (request.kind() == null || request.sourceId() == null) {
			throw new BusinessRuleException("document.error.sourceRequired");
		}
		IssueDocument.Issued issued = issueDocument
			.issue(new IssueDocument.Command(request.kind(), request.sourceId(), request.issuedOn(), request.suffix()));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + issued.documentId()))
			.body(json(queries.visible(issued.documentId())));
	}

	@GetMapping
	@Operation(summary = "Sổ đăng ký văn bản trong phạm vi; tìm không dấu theo số, ký hiệu, trích yếu; lọc theo loại và năm")
	List<DocumentJson> register(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable Integer year) {
		return queries.search(q, type, year).stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một văn bản với các lần ban hành và mã kiểm tra SHA-256")
	DocumentJson one(@PathVariable long id) {
		return json(queries.visible(id));
	}

	@PostMapping("/{id}/versions")
	@Operation(summary = "Ban hành lại: thêm bản mới, giữ nguyên số và các bản trước")
	ResponseEntity<DocumentJson> reissue(@PathVariable long id) {
		IssueDocument.Issued issued = reissueDocument.reissue(id);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/file?version=" + issued.versionNo()))
			.body(json(queries.visible(id)));
	}

	private DocumentJson json(DocumentEntry row) {
		String file = "/api/v1/documents/" + row.id() + "/file";
		return new DocumentJson(row.id(), row.unit().value(), row.kind().name(), row.typeCode(), row.number().number(),
				row.number().suffix() == null ? null : row.number().suffix().toString(), row.numberSymbol(),
				row.issuedOn(), row.summary(), row.sourceId(), row.status(),
				row.versions()
					.stream()
					.map(v -> new VersionJson(v.versionNo(), v.docxSha256(), v.pdfSha256(), v.docxSize(), v.pdfSize(),
							v.issuedBy(), v.issuedAt(), file + "?format=docx&version=" + v.versionNo(),
							file + "?format=pdf&version=" + v.versionNo()))
					.toList());
	}
}
