package vn.xdd.review.register.application;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.register.domain.Decision;
import vn.xdd.review.register.domain.HolderSideReports;
import vn.xdd.review.register.domain.OnlyUpperLevelVerifies;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** Who may do what with an item, from the user's grants (the rules are in the domain package). */
@Component
public class RegisterPermissions {

	/** The holder's side: the chapter's secretary, the committee's leadership or organisation board. */
	static final Set<Role> REPORTING = EnumSet.of(Role.SECRETARY, Role.LEADERSHIP, Role.ORGANIZATION_BOARD);

	/** Who enters items: the holder's side and the inspection committee (conclusions). */
	static final Set<Role> RECORDING = EnumSet.of(Role.SECRETARY, Role.LEADERSHIP, Role.ORGANIZATION_BOARD,
			Role.INSPECTION);

	private final AccessScope scope;

	private final OrgUnits units;

	public RegisterPermissions(AccessScope scope, OrgUnits units) {
		this.scope = scope;
		this.units = units;
	}

	public Decision mayWork(OrgUnitId holderUnit) {
		return HolderSideReports.check(holderUnit, u -> holdsAny(REPORTING, u));
	}

	public Decision mayVerify(OrgUnitId holderUnit) {
		@Nullable OrgUnitId parent = units.find(holderUnit).map(OrgUnitSummary::parentId).orElse(null);
		return OnlyUpperLevelVerifies.check(parent, u -> holdsAny(Role.verifying(), u));
	}

	/**
	 * Who reads a unit's register: every working role (not a plain member: the register names
	 * other members' shortcomings).
	 */
	public boolean mayRead(OrgUnitId unit) {
		return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.MEMBER).anyMatch(r -> scope.hasRoleAt(r, unit));
	}

	public Decision mayRecord(OrgUnitId holderUnit) {
		return holdsAny(RECORDING, holderUnit) ? Decision.allow() : Decision.refuse("shortcoming.error.notAllowed");
	}

	private boolean holdsAny(Set<Role> roles, OrgUnitId unit) {
		return roles.stream().anyMatch(r -> scope.hasRoleAt(r, unit));
	}

}
