package vn.xdd.security.application;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * Who signed in. Grants are not kept here: they are read for every request, so that a grant
 * revoked by an administrator takes effect at once.
 */
public record XddUserPrincipal(long id, String username, String fullName, boolean mustChangePassword)
		implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public String getName() {
		return username;
	}
}
