package vn.xdd.organization.application;

import vn.xdd.shared.BusinessRuleException;

/** An import refused because rows are invalid: nothing of the file was saved. */
public class MemberImportRejected extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	private final transient ImportReport report;

	public MemberImportRejected(ImportReport report) {
		super("member.import.error.rejected", report.errorCount());
		this.report = report;
	}

	public ImportReport report() {
		return report;
	}
}
