package vn.xdd.notification;

/** Why a notice was sent. Labels: {@code noticeKind.<NAME>}. */
public enum NoticeKind {
	/** A task, an item or a review was assigned to the addressee. */
	ASSIGNED,
	/** A deadline falls within the coming days. */
	DUE_SOON,
	/** A deadline passed and the work is not done. */
	OVERDUE,
	/** A report was returned with a reason. */
	RETURNED,
	/** A plan waits for the addressee's acknowledgement. */
	ACKNOWLEDGEMENT_PENDING,
	/** A report or an item waits for the addressee's verification. */
	VERIFICATION_PENDING,
	/** Work was verified. */
	VERIFIED;

	public String messageKey() {
		return "noticeKind." + name();
	}
}
