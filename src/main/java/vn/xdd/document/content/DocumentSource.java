package vn.xdd.document.content;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.shared.OrgUnitId;

/**
 * Composes one kind of document from its source (a remediation plan, a results report draft).
 * The header and the signature come from the issuing unit's profile and the numbering register.
 */
public interface DocumentSource {

	DocumentKind kind();

	/** The unit issuing the document made from this source; throws not found outside the scope. */
	OrgUnitId issuingUnit(long sourceId);

	/** A short description of the source for the register (the trích yếu). */
	String summary(long sourceId);

	OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature);

	/**
	 * The register issued the source's document under {@code numberSymbol} (e.g. 01-KH/HU) on
	 * {@code issuedOn}; a source that carries a number of its own (a plan) takes it.
	 */
	default void issued(long sourceId, String numberSymbol, java.time.LocalDate issuedOn) {
	}
}
