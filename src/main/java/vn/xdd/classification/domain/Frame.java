package vn.xdd.classification.domain;

/**
 * The criteria frame a subject is scored on (QĐ 366 has one appendix per kind of subject):
 * collectives, leaders and managers, individuals without a post, members outside the political
 * system. Labels: {@code classificationFrame.<NAME>}.
 */
public enum Frame {
	COLLECTIVE, LEADER, INDIVIDUAL, OUTSIDE;

	public String messageKey() {
		return "classificationFrame." + name();
	}
}
