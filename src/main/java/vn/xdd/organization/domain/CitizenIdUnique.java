package vn.xdd.organization.domain;

import vn.xdd.shared.rule.RuleResult;

/**
 * A citizen ID (CCCD) belongs to one member of the registry. When its holder lies outside the
 * user's scope the refusal is neutral (ADR 0005: what is outside the scope does not exist).
 */
public final class CitizenIdUnique implements FieldRule<MemberRules.Identifiers> {

	@Override
	public MemberField field() {
		return MemberField.CITIZEN_ID;
	}

	@Override
	public RuleResult check(MemberRules.Identifiers candidate) {
		String id = candidate.citizenId();
		if (id == null || !candidate.citizenIdTaken()) {
			return RuleResult.allowed();
		}
		// A holder outside the scope does not exist for the user: the number is refused without saying why.
		return RuleResult.refused(candidate.citizenIdHolderUnseen() ? "member.error.citizenIdUnusable"
				: "member.error.citizenIdTaken", id);
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
