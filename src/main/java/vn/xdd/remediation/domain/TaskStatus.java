package vn.xdd.remediation.domain;

/**
 * The progress of a task: OPEN until its first report, IN_PROGRESS with partial reports,
 * REPORTED when a report says it is done (100%) and waits for the issuing level, DONE once that
 * report is verified, RETURNED when a report was sent back (the lead unit reports again).
 * Labels: {@code taskStatus.<NAME>}.
 */
public enum TaskStatus {
	OPEN, IN_PROGRESS, REPORTED, DONE, RETURNED;

	/** The status after a new report at {@code percent} (null: a stage without a figure). */
	public TaskStatus afterReport(@org.jspecify.annotations.Nullable Integer percent) {
		return percent != null && percent == 100 ? REPORTED : IN_PROGRESS;
	}

	/** The status after the verification of a report at {@code percent}. */
	public TaskStatus afterVerification(@org.jspecify.annotations.Nullable Integer percent) {
		if (percent != null && percent == 100) {
			return DONE;
		}
		return this == REPORTED ? REPORTED : IN_PROGRESS;
	}

	public boolean done() {
		return this == DONE;
	}

	public String messageKey() {
		return "taskStatus." + name();
	}
}
