package vn.xdd.document;

/** The documents the application generates. Labels: {@code documents.kind.<NAME>}. */
public enum DocumentKind {
	/** A remediation plan as KẾ HOẠCH (type KH). */
	REMEDIATION_PLAN("KH"),
	/** The results report of the remediation as BÁO CÁO (type BC). */
	REMEDIATION_REPORT("BC"),
	/** A discipline decision as QUYẾT ĐỊNH thi hành kỷ luật (type QĐ). */
	DISCIPLINE_DECISION("QĐ"),
	/**
	 * The report of a classification round as BÁO CÁO kết quả đánh giá, xếp loại (type BC: it takes
	 * the next number of the issuing body's reports, in the same register as the results reports).
	 */
	CLASSIFICATION_REPORT("BC");

	private final String typeCode;

	DocumentKind(String typeCode) {
		this.typeCode = typeCode;
	}

	/** The document type's abbreviation in the number and symbol (documents.md): KH, BC. */
	public String typeCode() {
		return typeCode;
	}

	public String messageKey() {
		return "documents.kind." + name();
	}
}
