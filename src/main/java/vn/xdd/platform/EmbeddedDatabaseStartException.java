package vn.xdd.platform;

/** The embedded PostgreSQL could not start; the message says why and what to do instead. */
public class EmbeddedDatabaseStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	EmbeddedDatabaseStartException(String message, Throwable cause) {
		super(message, cause);
	}

	EmbeddedDatabaseStartException(String message) {
		super(message);
	}
}
