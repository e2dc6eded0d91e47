package vn.xdd.organization;

import java.util.Optional;

/** What other modules may ask the member registry about the signed-in user. */
public interface MemberRegistry {

	/** Whether the user may list members somewhere in their scope (the menu entry "Đảng viên"). */
	boolean canBrowse();

	/** The member record linked to the user's account, which they may always open ("own data"). */
	Optional<MemberId> ownRecord();
}
