package vn.xdd.review.register.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.xdd.shared.Role;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * Items are entered for a unit by its holder's side (from its own review) and by the inspection
 * committee (from a conclusion of inspection or supervision), at the unit or above it.
 */
public final class HolderSideOrInspectionRecords implements Rule<ShortcomingLifeCycle.Recording> {

	/** The holder's side and the inspection committee. */
	static final Set<Role> RECORDING = recording();

	private static Set<Role> recording() {
		EnumSet<Role> roles = EnumSet.copyOf(HolderSideReports.REPORTING);
		roles.add(Role.INSPECTION);
		return Collections.unmodifiableSet(roles);
	}

	@Override
	public RuleResult check(ShortcomingLifeCycle.Recording candidate) {
		return RECORDING.stream().anyMatch(r -> candidate.roles().hasRoleAt(r, candidate.holderUnit()))
				? RuleResult.allowed() : RuleResult.forbidden("shortcoming.error.notAllowed");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
