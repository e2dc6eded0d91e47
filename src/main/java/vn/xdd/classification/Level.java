package vn.xdd.classification;

/**
 * The four levels every rule set since 2008 has, best first. Their words differ by era and by
 * subject ({@link Wording}): a level alone is never shown, a {@link Rating} is.
 */
public enum Level {
	EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

	/** Whether this level is the given one or better. */
	public boolean atLeast(Level other) {
		return ordinal() <= other.ordinal();
	}

	/** Whether this level is better than the given one. */
	public boolean above(Level other) {
		return ordinal() < other.ordinal();
	}
}
