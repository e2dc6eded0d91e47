package vn.xdd.remediation;

/**
 * The life cycle of a plan: DRAFT while the committee prepares it, ISSUED once disseminated
 * (quán triệt) to its target units, CLOSED with a results summary, or CANCELLED with a reason.
 * Labels: {@code planStatus.<NAME>}.
 */
public enum PlanStatus {
	DRAFT, ISSUED, CLOSED, CANCELLED;

	/** Whether groups, tasks and details may still change. */
	public boolean open() {
		return this == DRAFT || this == ISSUED;
	}

	public String messageKey() {
		return "planStatus." + name();
	}
}
