package vn.xdd.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/** Who can be reached about work: the enabled accounts holding a role in a unit, or one account. */
public interface GrantHolders {

	/** Enabled accounts holding exactly {@code role} on exactly {@code unit} (not on an ancestor). */
	List<Contact> holding(Role role, OrgUnitId unit);

	/** The account, when it exists and is enabled. */
	Optional<Contact> contact(UserId user);

	/** An account and the e-mail address it gave, if any. */
	record Contact(UserId user, String fullName, @Nullable String email) {
	}
}
