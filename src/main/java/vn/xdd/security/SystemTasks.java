package vn.xdd.security;

/**
 * Work the application does on its own behalf at start-up (seeding demonstration data), carried
 * out under the identity of the installation's administrator so that it passes the same scope
 * checks and leaves the same audit trail as a person would.
 */
public interface SystemTasks {

	void runAsAdministrator(Runnable task);

	/**
	 * Runs a task as the named account, with its grants and no more (demonstration data that must
	 * pass the rules of each role, e.g. a chapter's report verified by the level above).
	 */
	void runAs(String username, Runnable task);
}
