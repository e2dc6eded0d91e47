package vn.xdd.document.numbering.application;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.Role;

/**
 * Who issues documents and keeps the numbering settings of a unit: its standing committee
 * (LEADERSHIP), its office or its organisation board, at the unit or above it. An administrator
 * of the unit may also keep the settings (terms, issuer profile) but does not issue.
 */
@Component
public class NumberingAccess {

	static final Set<Role> ISSUERS = EnumSet.of(Role.OFFICE, Role.LEADERSHIP, Role.ORGANIZATION_BOARD);

	private final AccessScope scope;

	public NumberingAccess(AccessScope scope) {
		this.scope = scope;
	}

	public boolean canIssue(OrgUnitId unit) {
		return ISSUERS.stream().anyMatch(r -> scope.hasRoleAt(r, unit));
	}

	public boolean canManage(OrgUnitId unit) {
		return canIssue(unit) || scope.hasRoleAt(Role.ADMIN, unit);
	}

	/** The unit, if within the scope (404 otherwise) and the user may issue for it. */
	public void requireIssuer(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!canIssue(unit)) {
			throw new PermissionDeniedException("document.error.notIssuer");
		}
	}

	public void requireManager(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!canManage(unit)) {
			throw new PermissionDeniedException("document.error.notManager");
		}
	}

	public AccessScope scope() {
		return scope;
	}

}
