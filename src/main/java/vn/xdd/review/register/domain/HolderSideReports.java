package vn.xdd.review.register.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.xdd.shared.Role;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The work on an item (starting, reporting it remedied, adding evidence, updating it in a later
 * review) is done by the holder's side: the secretary, leadership or organisation board of the
 * holder unit, or of a unit above it acting for it.
 */
public final class HolderSideReports implements Rule<ShortcomingLifeCycle.OnItem> {

	/** The holder's side: the chapter's secretary, the committee's leadership or organisation board. */
	public static final Set<Role> REPORTING = Collections
		.unmodifiableSet(EnumSet.of(Role.SECRETARY, Role.LEADERSHIP, Role.ORGANIZATION_BOARD));

	@Override
	public RuleResult check(ShortcomingLifeCycle.OnItem candidate) {
		return REPORTING.stream().anyMatch(r -> candidate.roles().hasRoleAt(r, candidate.holderUnit()))
				? RuleResult.allowed() : RuleResult.forbidden("shortcoming.error.notHolderSide");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
