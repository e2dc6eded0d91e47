package vn.xdd.review.register.domain;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A remedy is verified (or returned, or the item closed) by the level above the holder, never by
 * the holder's own unit: the user must hold a verifying role ({@link Role#verifying()}) at the
 * holder unit's parent or above. The root unit has no upper level in this installation: its own
 * items are verified outside it, so the register refuses.
 */
public final class OnlyUpperLevelVerifies implements Rule<ShortcomingLifeCycle.OnItem> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.OnItem candidate) {
		OrgUnitId parent = candidate.parentOfHolder();
		if (parent == null) {
			return RuleResult.refused("shortcoming.error.noUpperLevel");
		}
		return Role.verifying().stream().anyMatch(r -> candidate.roles().hasRoleAt(r, parent)) ? RuleResult.allowed()
				: RuleResult.forbidden("shortcoming.error.onlyUpperLevel");
	}

	@Override
	public String regulation() {
		return "ADR 0009 (upper-level verification; a unit never verifies its own remedy)";
	}
}
