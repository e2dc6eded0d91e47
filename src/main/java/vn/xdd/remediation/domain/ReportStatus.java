package vn.xdd.remediation.domain;

/** A progress report waits for the issuing level (SUBMITTED), then is VERIFIED or RETURNED. Labels: {@code reportStatus.<NAME>}. */
public enum ReportStatus {
	SUBMITTED, VERIFIED, RETURNED;

	public String messageKey() {
		return "reportStatus." + name();
	}
}
