package vn.xdd.web;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Whether the database refused a text because of a character it cannot store (SQLState 22021,
 * ‘character not in repertoire’: a NUL byte in a text field). The statement fails, its transaction
 * rolls back, and the user is told which input is wrong instead of seeing an internal error.
 */
final class InvalidText {

	static final String MESSAGE_KEY = "error.invalidCharacter";

	private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

	private InvalidText() {
	}

	static boolean causedBy(@Nullable Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
