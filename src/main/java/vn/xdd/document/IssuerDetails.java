package vn.xdd.document;

import java.util.List;

/**
 * What a unit's documents are to carry in the header and the signature block, as its office
 * types it: the superior and issuing bodies in capitals, the place before the date, the body's
 * abbreviation in the symbol, the authority line, the signer, and the usual recipients.
 */
public record IssuerDetails(String superiorBody, String issuingBody, String place, String bodyAbbreviation,
		String authorityLine, String signerTitle, String signerName, List<String> recipients) {

	public IssuerDetails {
		recipients = List.copyOf(recipients);
	}
}
