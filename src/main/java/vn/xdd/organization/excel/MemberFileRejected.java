package vn.xdd.organization.excel;

import vn.xdd.shared.BusinessRuleException;

/**
 * An uploaded file that cannot be read as a member list (not a workbook, encrypted, empty, too
 * large, a zip bomb, without the template's header row): nothing was read into the registry.
 */
public class MemberFileRejected extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	public MemberFileRejected(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
