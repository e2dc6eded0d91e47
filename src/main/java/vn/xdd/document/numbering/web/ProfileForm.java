package vn.xdd.document.numbering.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import vn.xdd.document.numbering.domain.IssuerProfile;

/** The issuer profile form; recipients one per line. */
record ProfileForm(@Nullable String superiorBody, @Nullable String issuingBody, @Nullable String place,
		@Nullable String bodyAbbreviation, @Nullable String authorityLine, @Nullable String signerTitle,
		@Nullable String signerName, @Nullable String recipients, @Nullable Integer version) {

	static ProfileForm of(IssuerProfile p) {
		return new ProfileForm(p.superiorBody(), p.issuingBody(), p.place(), p.bodyAbbreviation(), p.authorityLine(),
				p.signerTitle(), p.signerName(), String.join("\n", p.recipients()), p.version());
	}

	IssuerProfile profile() {
		return new IssuerProfile(text(superiorBody), text(issuingBody), text(place), text(bodyAbbreviation),
				text(authorityLine), text(signerTitle), text(signerName),
				Arrays.stream(text(recipients).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList(),
				true, version == null ? -1 : version);
	}

	int expectedVersion() {
		return version == null ? -1 : version;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
	}
}
