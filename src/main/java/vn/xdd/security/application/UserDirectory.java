package vn.xdd.security.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;

/**
 * The accounts as the administration pages, the account page and the JSON API read them; which
 * accounts and grants an administrator sees is {@link AdminRights}' answer.
 */
@Component
public class UserDirectory {

	private final AdminRights rights;

	private final UserStore users;

	private final OrgUnits units;

	UserDirectory(AdminRights rights, UserStore users, OrgUnits units) {
		this.rights = rights;
		this.users = users;
		this.units = units;
	}

	/** The accounts the administrator sees. */
	@Transactional(readOnly = true)
	public List<UserDetail> visible() {
		return rights.visibleUsers().stream().map(this::detail).toList();
	}

	/** The account, if the administrator may see it; otherwise not found (and logged). */
	@Transactional(readOnly = true)
	public UserDetail visible(long userId) {
		return detail(rights.requireVisible(userId));
	}

	/** An account the administrator has just created or changed. */
	@Transactional(readOnly = true)
	public UserDetail changed(long userId) {
		return detail(users.findById(userId).orElseThrow());
	}

	/** The signed-in user's own account. */
	@Transactional(readOnly = true)
	public UserDetail.Own own(long userId) {
		UserAccount account = users.findById(userId).orElseThrow();
		return new UserDetail.Own(account.id(), account.username(), account.fullName(), account.email());
	}

	private UserDetail detail(UserAccount account) {
		List<UserDetail.Grant> grants = rights.administeredGrants(account.id())
			.stream()
			.map(g -> new UserDetail.Grant(g.id(), g.role(), g.unit(),
					units.find(g.unit()).map(OrgUnitSummary::name).orElse("")))
			.toList();
		return new UserDetail(account.id(), account.username(), account.fullName(), account.enabled(),
				account.mustChangePassword(), account.memberId(), account.email(), grants);
	}
}
