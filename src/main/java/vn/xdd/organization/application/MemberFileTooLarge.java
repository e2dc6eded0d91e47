package vn.xdd.organization.application;

import vn.xdd.organization.excel.MemberFileRejected;

/** An upload larger than the import accepts (the API answers 413); nothing of it was kept. */
public class MemberFileTooLarge extends MemberFileRejected {

	private static final long serialVersionUID = 1L;

	public MemberFileTooLarge(long maxMegabytes) {
		super("member.import.error.tooLarge", maxMegabytes);
	}
}
