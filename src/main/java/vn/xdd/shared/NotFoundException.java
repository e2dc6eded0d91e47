package vn.xdd.shared;

/** The requested record does not exist (or may not be seen): pages and the API answer 404. */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String recordType;

	private final String recordId;

	public NotFoundException(String recordType, String recordId) {
		super(recordType + " " + recordId + " not found");
		this.recordType = recordType;
		this.recordId = recordId;
	}

	public String recordType() {
		return recordType;
	}

	public String recordId() {
		return recordId;
	}
}
