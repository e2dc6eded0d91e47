package vn.xdd.remediation.domain;

/** A task done by a deadline (NONE) or regularly, every month or quarter. Labels: {@code recurrence.<NAME>}. */
public enum Recurrence {
	NONE, MONTHLY, QUARTERLY;

	public String messageKey() {
		return "recurrence." + name();
	}
}
