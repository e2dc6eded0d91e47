package vn.xdd.organization.domain;

import vn.xdd.shared.rule.RuleResult;

/** A citizen ID (CCCD) belongs to one member of the registry. */
public final class CitizenIdUnique implements FieldRule<MemberRules.Identifiers> {

	@Override
	public MemberField field() {
		return MemberField.CITIZEN_ID;
	}

	@Override
	public RuleResult check(MemberRules.Identifiers candidate) {
		String id = candidate.citizenId();
		return id != null && candidate.citizenIdTaken()
				? RuleResult.refused("member.error.citizenIdTaken", id) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
