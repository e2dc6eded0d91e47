package vn.xdd.discipline;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a discipline case: opened → under review → decided (or closed without discipline) →
 * complaint pending → upheld, changed or annulled → lapsed. Labels: {@code caseStatus.<NAME>}.
 */
public enum CaseStatus {
	OPENED, UNDER_REVIEW, DECIDED, CLOSED, COMPLAINT_PENDING, UPHELD, CHANGED, ANNULLED, LAPSED;

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
			OPENED, EnumSet.of(UNDER_REVIEW, CLOSED),
			UNDER_REVIEW, EnumSet.of(DECIDED, CLOSED),
			DECIDED, EnumSet.of(COMPLAINT_PENDING, LAPSED, ANNULLED),
			COMPLAINT_PENDING, EnumSet.of(UPHELD, CHANGED, ANNULLED),
			UPHELD, EnumSet.of(COMPLAINT_PENDING, LAPSED, ANNULLED),
			CHANGED, EnumSet.of(COMPLAINT_PENDING, LAPSED, ANNULLED),
			CLOSED, EnumSet.noneOf(CaseStatus.class),
			ANNULLED, EnumSet.noneOf(CaseStatus.class),
			LAPSED, EnumSet.noneOf(CaseStatus.class));

	/** The statuses a case in this one may move to. */
	public Set<CaseStatus> next() {
		return java.util.Objects.requireNonNull(NEXT.get(this));
	}

	/** Whether a decision imposing a form exists (decided, under complaint, upheld, changed, lapsed or annulled). */
	public boolean decided() {
		return this != OPENED && this != UNDER_REVIEW && this != CLOSED;
	}

	/** Whether the decision of the case is in force in this status (lapse and annulment end it). */
	public boolean decisionInForce() {
		return this == DECIDED || this == COMPLAINT_PENDING || this == UPHELD || this == CHANGED;
	}

	public String messageKey() {
		return "caseStatus." + name();
	}
}
