package vn.xdd.shared.visibility;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A unit's record (a collective's review, the unit's shortcomings, a progress report, the figures
 * of a register) is read by every working role at the unit or above it
 * ({@link Visibility#WORKING_ROLES}), not by a plain member: such records name other members'
 * shortcomings or are reckoned from them.
 */
public final class UnitRecordSeenByWorkingRoles implements Rule<Sight> {

	@Override
	public RuleResult check(Sight sight) {
		if (Visibility.WORKING_ROLES.stream().anyMatch(r -> sight.reader().hasRoleAt(r, sight.unit()))) {
			return RuleResult.allowed();
		}
		return RuleResult.refused("visibility.error.unitRecord");
	}

	@Override
	public String regulation() {
		return "ADR 0014";
	}
}
