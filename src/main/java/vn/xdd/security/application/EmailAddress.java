package vn.xdd.security.application;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;

/**
 * The rule for the e-mail address of an account: optional (blank clears it), at most 200
 * characters, one "@" between a local part and a domain with a dot, no spaces. Stored in lower case
 * so that the same mailbox is not written twice.
 */
public final class EmailAddress {

	public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$";

	private static final Pattern FORMAT = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	/** The address to store, or null for a blank one; refuses a malformed one with "user.error.emailFormat". */
	public static @Nullable String normalize(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String email = raw.strip().toLowerCase(Locale.ROOT);
		if (email.length() > 200 || !FORMAT.matcher(email).matches()) {
			throw new BusinessRuleException("user.error.emailFormat");
		}
		return email;
	}
}
