package vn.xdd.classification;

import java.util.Objects;

/**
 * A result: a level under the rule set it was given by, in that rule set's words.
 *
 * @param ruleSet the code of the rule set (e.g. QD366_2025)
 * @param outstanding the sub-grade tiêu biểu of an organisation rated trong sạch, vững mạnh (2008–2013)
 */
public record Rating(String ruleSet, Wording wording, Level level, boolean outstanding) {

	public Rating {
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(wording, "wording");
		Objects.requireNonNull(level, "level");
	}

	public String messageKey(SubjectKind subject) {
		return wording.messageKey(level, subject);
	}
}
