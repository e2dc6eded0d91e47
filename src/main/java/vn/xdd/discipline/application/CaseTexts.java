package vn.xdd.discipline.application;

import java.util.List;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;
import vn.xdd.shared.rule.Label;

/** The texts of a case: trimmed, required where the file needs them, and no longer than their column. */
final class CaseTexts {

	private CaseTexts() {
	}

	static String required(String field, String value, int max) {
		String text = value.strip();
		if (text.isEmpty()) {
			throw problem(field, "discipline.error.textRequired", Label.of(field));
		}
		return optional(field, text, max);
	}

	static String optional(String field, String value, int max) {
		String text = value.strip();
		if (text.length() > max) {
			throw problem(field, "discipline.error.textTooLong", Label.of(field), max);
		}
		return text;
	}

	private static BusinessRuleException problem(String field, String key, Object... arguments) {
		return new BusinessRuleException(List.of(new FieldProblem(field, key, arguments)), key, arguments);
	}
}
