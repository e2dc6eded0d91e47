package vn.xdd.classification;

/**
 * Why a member is not evaluated in a year: exempted from work and activities, suspended, or
 * admitted too recently (from 2023: less than six months before the year's end). Labels:
 * {@code classificationNotEvaluated.<NAME>}.
 */
public enum NotEvaluated {
	EXEMPTED, SUSPENDED, ADMITTED_RECENTLY;

	public String messageKey() {
		return "classificationNotEvaluated." + name();
	}
}
