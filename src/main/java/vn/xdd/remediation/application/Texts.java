package vn.xdd.remediation.application;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;

/** Tidying of typed text: spaces collapsed, blanks refused or turned into null. */
final class Texts {

	private Texts() {
	}

	static String required(@Nullable String text, int max, String messageKey) {
		String value = optional(text);
		if (value == null || value.length() > max) {
			throw new BusinessRuleException(messageKey, max);
		}
		return value;
	}

	static @Nullable String optional(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	/** A one-line text: inner runs of white space become one space. */
	static String line(@Nullable String text, int max, String messageKey) {
		return required(text == null ? null : text.replaceAll("\\s+", " "), max, messageKey);
	}
}
