package vn.xdd.document.issue.web;

import java.time.LocalDate;
import java.util.List;

/** What the register page shows. */
final class DocumentViews {

	private DocumentViews() {
	}

	record DocumentView(long id, String typeCode, String typeName, String numberSymbol, LocalDate issuedOn,
			String summary, String unitName, String kindKey, boolean canReissue, List<VersionView> versions) {
	}

	record VersionView(int versionNo, String issuedBy, String issuedAt, String docxSha256, String pdfSha256,
			long docxSize, long pdfSize) {
	}

	record Option(String value, String label) {
	}
}
