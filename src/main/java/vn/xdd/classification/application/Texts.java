package vn.xdd.classification.application;

import java.util.List;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;
import vn.xdd.shared.rule.Label;

/** The texts of classification: trimmed, no control characters, no longer than their column. */
final class Texts {

	static final int LONG = 2000;

	private Texts() {
	}

	static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text.isEmpty()) {
			throw problem(field, "classification.error.textRequired", Label.of(field));
		}
		return text;
	}

	static String optional(String field, String value, int max) {
		String text = value.strip();
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw problem(field, "classification.error.controlCharacter", Label.of(field));
		}
		if (text.length() > max) {
			throw problem(field, "classification.error.textTooLong", Label.of(field), max);
		}
		return text;
	}

	private static BusinessRuleException problem(String field, String key, Object... arguments) {
		return new BusinessRuleException(List.of(new FieldProblem(field, key, arguments)), key, arguments);
	}
}
