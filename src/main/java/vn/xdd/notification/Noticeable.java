package vn.xdd.notification;

import java.util.List;

/**
 * An event that tells people what they must act on next. Modules publish such events (typed
 * past-tense records of their base package) in the transaction of the change they describe; the
 * notification centre stores their notices in the same transaction, so a notice is kept only if
 * the change is, and e-mails them after the commit.
 */
public interface Noticeable {

	/** The notices this event sends, each to one addressee (none is fine). */
	List<Notice> notices();
}
