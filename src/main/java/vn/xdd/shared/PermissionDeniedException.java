package vn.xdd.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request refused by a rule of permission: the user's roles, at the units he holds them, do not
 * allow it (an administrator, not the standing committee, creating a plan). Nothing was changed;
 * the message {@link #messageKey()} says in Vietnamese who may. The API answers 403, not the 400 of
 * a request whose content is wrong, so that a client can tell "you may not" from "your input is
 * wrong"; a page shows the message as it does for any other refusal.
 */
public class PermissionDeniedException extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	public PermissionDeniedException(String messageKey, @Nullable Object... arguments) {
		super(messageKey, arguments);
	}
}
