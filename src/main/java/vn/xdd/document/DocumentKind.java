package vn.xdd.document;

/** The documents the application generates. Labels: {@code documentKind.<NAME>}. */
public enum DocumentKind {
	/** A remediation plan as KẾ HOẠCH (type KH). */
	REMEDIATION_PLAN,
	/** The results report of the remediation as BÁO CÁO (type BC). */
	REMEDIATION_REPORT;

	public String messageKey() {
		return "documentKind." + name();
	}
}
