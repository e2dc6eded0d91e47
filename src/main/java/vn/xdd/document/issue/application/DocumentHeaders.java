package vn.xdd.document.issue.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.document.numbering.application.IssuerProfiles;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.numbering.domain.NumberSymbol;
import vn.xdd.shared.OrgUnitId;

/** The header and signature block of a unit's documents, from its issuer profile. */
@Component
public class DocumentHeaders {

	private final IssuerProfiles profiles;

	public DocumentHeaders(IssuerProfiles profiles) {
		this.profiles = profiles;
	}

	public IssuerProfile profile(OrgUnitId unit) {
		return profiles.of(unit);
	}

	/** @param numberSymbol null for a draft, which shows only the symbol (Số      -KH/HU) */
	public static DocumentHeader header(IssuerProfile profile, DocumentKind kind, @Nullable String numberSymbol,
			LocalDate date) {
		return new DocumentHeader(profile.superiorBody(), profile.issuingBody(), numberSymbol,
				NumberSymbol.draft(kind.typeCode(), profile.bodyAbbreviation()), profile.place(), date);
	}

	public static SignatureBlock signature(IssuerProfile profile) {
		return new SignatureBlock(profile.authorityLine(), profile.signerTitle(), profile.signerName());
	}

	/** The profile's usual recipients when the source named none. */
	public static OfficialDocument withRecipients(OfficialDocument document, IssuerProfile profile) {
		if (!document.recipients().isEmpty()) {
			return document;
		}
		return new OfficialDocument(document.header(), document.typeTitle(), document.summary(), document.body(),
				document.signature(), profile.recipients());
	}
}
