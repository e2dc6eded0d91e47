package vn.xdd.document.issue.application;

import vn.xdd.shared.Checksums;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.issue.application.DocumentEvents.DocumentFileRead;
import vn.xdd.document.issue.persistence.DocumentRows.DocumentRow;
import vn.xdd.document.issue.persistence.DocumentRows.VersionRow;
import vn.xdd.document.issue.persistence.JdbcDocuments;
import vn.xdd.document.numbering.domain.NumberSymbol;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;

/**
 * Opens a stored file of an issued document, byte for byte as issued, after checking its
 * checksum; each download is recorded in the audit trail.
 */
@Service
public class OpenDocumentFile {

	/** Word or PDF. */
	public enum Format {
		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("pdf", "application/pdf");

		private final String extension;

		private final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		public String extension() {
			return extension;
		}

		public String contentType() {
			return contentType;
		}

		public static Format parse(String text) {
			return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "docx" -> DOCX;
				case "pdf" -> PDF;
				default -> throw new BusinessRuleException("document.error.format", text);
			};
		}
	}

	/** A file with its name (KH-42a-HU.docx), type, checksum and bytes. */
	public record Opened(String fileName, String contentType, String sha256, int versionNo, byte[] content) {
	}

	private final DocumentQueries queries;

	private final JdbcDocuments documents;

	private final ApplicationEventPublisher events;

	public OpenDocumentFile(DocumentQueries queries, JdbcDocuments documents, ApplicationEventPublisher events) {
		this.queries = queries;
		this.documents = documents;
		this.events = events;
	}

	/** @param versionNo null for the latest version */
	@Transactional
	public Opened open(long documentId, Format format, @Nullable Integer versionNo) {
		DocumentRow row = queries.visible(documentId);
		java.util.List<VersionRow> versions = documents.versions(documentId);
		VersionRow version = versions.stream()
			.filter(v -> versionNo == null || v.versionNo() == versionNo)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new NotFoundException("DOCUMENT_VERSION", documentId + "/" + versionNo));
		boolean pdf = format == Format.PDF;
		byte[] content = documents.content(documentId, version.versionNo(), pdf)
			.orElseThrow(() -> new NotFoundException("DOCUMENT_VERSION", documentId + "/" + version.versionNo()));
		String expected = pdf ? version.pdfSha256() : version.docxSha256();
		if (!Checksums.sha256(content).equals(expected)) {
			throw new IllegalStateException("Checksum mismatch for document " + documentId + " v" + version.versionNo());
		}
		String base = NumberSymbol.fileName(row.number(), row.typeCode(), row.bodyAbbreviation(), format.extension());
		String fileName = version.versionNo() == 1 ? base
				: base.replace("." + format.extension(), "-v" + version.versionNo() + "." + format.extension());
		events.publishEvent(new DocumentFileRead(documentId, fileName, version.versionNo()));
		return new Opened(fileName, format.contentType(), expected, version.versionNo(), content);
	}
}
