package vn.xdd.classification;

import java.util.Objects;

import vn.xdd.shared.OrgUnitId;

/**
 * The result of an organisation or a member in a year, in the words of its rule set.
 *
 * @param unit the organisation, or the member's chapter when he was classified
 * @param source ROUND (published by a round), ENTERED or IMPORTED (earlier years' records)
 */
public record YearResult(int year, SubjectKind kind, OrgUnitId unit, String unitName, Rating rating, String source) {

	public YearResult {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(rating, "rating");
	}

	public String messageKey() {
		return rating.messageKey(kind);
	}
}
