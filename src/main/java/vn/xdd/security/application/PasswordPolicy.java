package vn.xdd.security.application;

import java.util.Optional;

/**
 * What a password must be: at least 8 characters, with a letter and a digit, and not the user
 * name. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	public static Optional<String> violation(String username, String password) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.error.tooShort");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return Optional.of("password.error.needsLetterAndDigit");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("password.error.sameAsUsername");
		}
		return Optional.empty();
	}
}
