package vn.xdd.organization;

/**
 * Enters a member into the registry (kết nạp, or a member coming from outside the tree), under
 * the rules of the registry and the user’s scope.
 */
public interface MemberRegistration {

	MemberId register(MemberEntry entry);
}
