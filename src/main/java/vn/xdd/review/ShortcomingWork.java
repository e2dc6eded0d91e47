package vn.xdd.review;

import java.util.List;

import vn.xdd.files.FileId;

/**
 * Commands other modules (remediation, inspection) give the register: each checks the same
 * rules as the register's own pages (who may report, who may verify, reasons for returning).
 */
public interface ShortcomingWork {

	/** Reports the item remedied, with a note and evidence files, by the holder's side. */
	void reportRemedied(ShortcomingId id, String note, List<FileId> evidence);

	/** Verifies a reported item: only the level above the holder may. */
	void verify(ShortcomingId id, String note);

	/** Returns a reported item with a reason: only the level above the holder may. */
	void returnWithReason(ShortcomingId id, String reason);
}
