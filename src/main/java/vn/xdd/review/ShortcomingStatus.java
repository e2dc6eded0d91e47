package vn.xdd.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a shortcoming (review-and-remediation.md): open → in progress → reported
 * remedied (with evidence) → verified by the upper level, or returned with a reason (and worked
 * on again) → closed. Labels: {@code shortcomingStatus.<NAME>}.
 */
public enum ShortcomingStatus {
	OPEN, IN_PROGRESS, REPORTED, VERIFIED, RETURNED, CLOSED;

	/** The statuses an item in this status may move to. */
	public Set<ShortcomingStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, REPORTED);
			case IN_PROGRESS -> EnumSet.of(REPORTED);
			case REPORTED -> EnumSet.of(VERIFIED, RETURNED);
			case RETURNED -> EnumSet.of(IN_PROGRESS, REPORTED);
			case VERIFIED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(ShortcomingStatus.class);
		};
	}

	/** Whether the item counts as remedied: verified by the upper level (and possibly closed). */
	public boolean remedied() {
		return this == VERIFIED || this == CLOSED;
	}

	/** Whether the item is still to be remedied (and carried into the next review). */
	public boolean unresolved() {
		return !remedied();
	}

	public String messageKey() {
		return "shortcomingStatus." + name();
	}
}
