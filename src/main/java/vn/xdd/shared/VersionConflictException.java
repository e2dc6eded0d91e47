package vn.xdd.shared;

import org.jspecify.annotations.Nullable;

/**
 * A change made on a stale copy: someone else saved the record after the user opened it (the
 * version sent is not the version stored). Nothing was changed; the API answers 409, a page shows
 * the message {@link #messageKey()} and keeps what the user typed where its form can.
 */
public class VersionConflictException extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	public VersionConflictException(String messageKey, @Nullable Object... arguments) {
		super(messageKey, arguments);
	}
}
