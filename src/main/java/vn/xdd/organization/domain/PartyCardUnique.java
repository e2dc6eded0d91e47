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
		if (number == null || !candidate.partyCardTaken()) {
			return RuleResult.allowed();
		}
		// A holder outside the scope does not exist for the user: the number is refused without saying why.
		return RuleResult.refused(candidate.partyCardHolderUnseen() ? "member.error.partyCardUnusable"
				: "member.error.partyCardTaken", number);
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 09-HD/BTCTW (2017); ADR 0007";
	}
}
