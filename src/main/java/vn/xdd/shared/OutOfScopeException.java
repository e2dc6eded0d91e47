package vn.xdd.shared;

/** A record exists but lies outside the user's scope: shown to the user as "not found". */
public class OutOfScopeException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public OutOfScopeException(String recordType, String recordId) {
		super(recordType, recordId);
	}
}
