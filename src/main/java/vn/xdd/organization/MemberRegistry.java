package vn.xdd.organization;

import java.util.Optional;

/** What other modules may ask the member registry about the signed-in user. */
public interface MemberRegistry {

	/** Whether the user may list members somewhere in their scope (the menu entry "Đảng viên"). */
	boolean canBrowse();

	/**
	 * The chapter a member belongs to (or last belonged to), whatever the user's scope: for other
	 * modules to check a member reference against their own rules (e.g. linking an account).
	 */
	Optional<vn.xdd.shared.OrgUnitId> chapterOf(MemberId member);

	/**
	 * The full names of the given members, whatever the user's scope: for other modules that
	 * show a member they hold a reference to and have checked their own scope rules.
	 */
	java.util.Map<MemberId, String> fullNames(java.util.Collection<MemberId> members);

	/** The member record linked to the user's account, which they may always open ("own data"). */
	Optional<MemberId> ownRecord();
}
