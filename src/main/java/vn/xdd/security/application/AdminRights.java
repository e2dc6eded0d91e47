package vn.xdd.security.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.Role;

/**
 * What an administrator may do with accounts. An ADMIN grant on a unit lets one see the
 * accounts holding a grant in that subtree, grant roles on units of that subtree, and reset or
 * disable accounts whose grants all lie in it. An administrator of a root unit sees everything,
 * including accounts left without any grant.
 */
@Component
public class AdminRights {

	private final UserScope scope;

	private final UserStore users;

	private final OrgUnits units;

	private final vn.xdd.organization.MemberRegistry members;

	public AdminRights(UserScope scope, UserStore users, OrgUnits units, vn.xdd.organization.MemberRegistry members) {
		this.scope = scope;
		this.users = users;
		this.units = units;
		this.members = members;
	}

	/** The member exists and its chapter lies in the administrator's subtree; the same answer otherwise. */
	public void requireLinkableMember(long memberId) {
		OrgUnitId chapter = members.chapterOf(new vn.xdd.organization.MemberId(memberId))
			.orElseThrow(() -> new BusinessRuleException("user.error.unknownMember"));
		if (!scope.hasRoleAt(Role.ADMIN, chapter)) {
			throw new BusinessRuleException("user.error.unknownMember");
		}
	}

	public void requireAdministrator() {
		if (!scope.hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("ADMIN role required");
		}
	}

	private List<OrgUnitId> administeredUnits() {
		return units.subtrees(scope.rootsWithRole(Role.ADMIN)).stream().map(OrgUnitSummary::id).toList();
	}

	public List<UserAccount> visibleUsers() {
		requireAdministrator();
		return users.usersWithGrantOn(administeredUnits(), scope.isSystemAdministrator());
	}

	/** The account, if the current administrator may see it; otherwise "not found" (and logged). */
	public UserAccount requireVisible(long userId) {
		requireAdministrator();
		UserAccount account = users.findById(userId).orElseThrow(() -> new vn.xdd.shared.NotFoundException("USER",
				Long.toString(userId)));
		List<UserStore.GrantRow> grants = users.grantsOf(userId);
		boolean visible = grants.isEmpty() ? scope.isSystemAdministrator()
				: grants.stream().anyMatch(g -> scope.hasRoleAt(Role.ADMIN, g.unit()));
		if (!visible) {
			scope.denied("USER", Long.toString(userId));
		}
		return account;
	}

	/** The account, if every grant it holds lies in the administrator's subtree. */
	public UserAccount requireManageable(long userId) {
		UserAccount account = requireVisible(userId);
		if (!scope.isSystemAdministrator()
				&& !users.grantsOf(userId).stream().allMatch(g -> scope.hasRoleAt(Role.ADMIN, g.unit()))) {
			throw new PermissionDeniedException("user.error.outsideAdministration");
		}
		return account;
	}

	/** The unit, if it exists and the administrator may grant roles on it. */
	public OrgUnitSummary requireGrantable(OrgUnitId unit) {
		OrgUnitSummary found = units.find(unit).orElseThrow(() -> new BusinessRuleException("grant.error.unknownUnit"));
		if (!scope.hasRoleAt(Role.ADMIN, unit)) {
			// Same answer as for a unit that does not exist: the unit is not the caller's to see.
			throw new BusinessRuleException("grant.error.unknownUnit");
		}
		return found;
	}

	/**
	 * The grants of an account that lie in the administrator's subtree: grants elsewhere are not
	 * the administrator's to see (their units may be outside the administrator's scope).
	 */
	public List<UserStore.GrantRow> administeredGrants(long userId) {
		return users.grantsOf(userId).stream().filter(g -> scope.hasRoleAt(Role.ADMIN, g.unit())).toList();
	}

	public Set<OrgUnitId> administeredRoots() {
		return scope.rootsWithRole(Role.ADMIN);
	}

	public Collection<OrgUnitSummary> grantableUnits() {
		return units.subtrees(scope.rootsWithRole(Role.ADMIN));
	}
}
