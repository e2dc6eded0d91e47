package vn.xdd.security;

import vn.xdd.shared.UserId;

/**
 * Opening an account with its first grant, as an administrator does it (the checks of the
 * administrator's rights apply); the demonstration data opens its accounts this way.
 */
public interface UserCreation {

	/** Opens the account; refused when the name is taken or the administrator may not grant on the unit. */
	UserId create(NewUser command);
}
