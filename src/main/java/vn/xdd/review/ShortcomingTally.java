package vn.xdd.review;

import java.util.OptionalInt;

/**
 * How many items of the register a group holds, by stage of the life cycle: the figures the 2025
 * rules ask for: how many shortcomings, how many verified remedied, which overdue.
 *
 * @param verified verified remedied by the upper level, closed ones included
 * @param overdue past the deadline and not yet verified, whatever the stage
 */
public record ShortcomingTally(long total, long open, long inProgress, long reported, long verified, long returned,
		long overdue) {

	public static final ShortcomingTally NONE = new ShortcomingTally(0, 0, 0, 0, 0, 0, 0);

	public ShortcomingTally plus(ShortcomingTally other) {
		return new ShortcomingTally(total + other.total, open + other.open, inProgress + other.inProgress,
				reported + other.reported, verified + other.verified, returned + other.returned,
				overdue + other.overdue);
	}

	/**
	 * The share verified remedied, 0–100 rounded down; empty for a group without items, which has
	 * nothing to show rather than 100 percent.
	 */
	public OptionalInt percentVerified() {
		return total == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.floor(verified * 100.0 / total));
	}
}
