package vn.xdd.document.issue.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.shared.OrgUnitId;

/**
 * An issued document as the register page and the JSON API show it, with the versions of its
 * files (without their bytes).
 */
public record DocumentEntry(long id, OrgUnitId unit, DocumentKind kind, String typeCode, String typeName,
		DocumentNumber number, String numberSymbol, LocalDate issuedOn, String summary, long sourceId, String status,
		List<Version> versions) {

	/** A version of the files, with their checksums and sizes. */
	public record Version(int versionNo, String docxSha256, String pdfSha256, long docxSize, long pdfSize,
			String issuedBy, Instant issuedAt) {
	}

	/** A type of document the register numbers (KH, BC, ...). */
	public record Type(String code, String name) {
	}
}
