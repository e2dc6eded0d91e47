package vn.xdd.organization.domain;

import vn.xdd.shared.rule.RuleResult;

/** A party-card number (số thẻ đảng viên) belongs to one member of the registry. */
public final class PartyCardUnique implements FieldRule<MemberRules.Identifiers> {

	@Override
	public MemberField field() {
		return MemberField.PARTY_CARD_NO;
	}

	@Override
	public RuleResult check(MemberRules.Identifiers candidate) {
		String number = candidate.partyCardNo();
		return number != null && candidate.partyCardTaken()
				? RuleResult.refused("member.error.partyCardTaken", number) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 09-HD/BTCTW (2017); ADR 0007";
	}
}
