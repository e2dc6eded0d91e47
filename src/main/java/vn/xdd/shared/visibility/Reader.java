package vn.xdd.shared.visibility;

import java.util.Optional;

import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** What the rules of visibility know of the signed-in user: her roles and where, and her own member record. */
public interface Reader {

	/** Whether the reader holds {@code role} on {@code unit} or on one of its ancestors. */
	boolean hasRoleAt(Role role, OrgUnitId unit);

	/** The member record linked to the reader's account, if any. */
	Optional<Long> ownMemberId();

	/** The signed-in user of the request, as the scope knows her. */
	static Reader of(AccessScope scope) {
		return new Reader() {

			@Override
			public boolean hasRoleAt(Role role, OrgUnitId unit) {
				return scope.hasRoleAt(role, unit);
			}

			@Override
			public Optional<Long> ownMemberId() {
				return scope.ownMemberId();
			}
		};
	}
}
