package vn.xdd.document.issue.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.shared.OrgUnitId;

/** Rows of the document register. */
public final class DocumentRows {

	private DocumentRows() {
	}

	/** An issued document as the register holds it. */
	public record DocumentRow(long id, OrgUnitId unit, DocumentKind kind, String typeCode,
			String typeName, long termId, DocumentNumber number, String numberSymbol, LocalDate issuedOn,
			String summary, long sourceId, String status, String createdBy, Instant createdAt) {

		/** The body abbreviation, as printed after the slash of the symbol. */
		public String bodyAbbreviation() {
			return numberSymbol.substring(numberSymbol.lastIndexOf('/') + 1);
		}
	}

	/** A version of the files, without their bytes. */
	public record VersionRow(long documentId, int versionNo, String docxSha256, String pdfSha256, long docxSize,
			long pdfSize, String issuedBy, Instant issuedAt) {
	}

	/** The register's filters. */
	public record Filter(List<OrgUnitId> units, @Nullable String query, @Nullable String typeCode,
			@Nullable Integer year) {

		public Filter {
			units = List.copyOf(units);
		}
	}
}
