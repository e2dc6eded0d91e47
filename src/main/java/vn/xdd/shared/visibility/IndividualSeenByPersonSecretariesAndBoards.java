package vn.xdd.shared.visibility;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A member's review, his shortcomings and what is reckoned from them are read by the member
 * himself, by the secretaries of his chapter and of the committees above it, and by the committee's
 * standing office and boards over it ({@link Visibility#INDIVIDUAL_READERS}); not by other members,
 * nor by the office or the administrators, whose work does not need them. Self-criticism is
 * discussed in the chapter's meeting, but its record is personal data (Nghị định 13/2023/NĐ-CP).
 */
public final class IndividualSeenByPersonSecretariesAndBoards implements Rule<Sight> {

	@Override
	public RuleResult check(Sight sight) {
		if (sight.readerIsTheMember() || Visibility.readsIndividualsAt(sight.reader(), sight.unit())) {
			return RuleResult.allowed();
		}
		return RuleResult.refused("visibility.error.individual");
	}

	@Override
	public String regulation() {
		return "ADR 0014; Nghị định 13/2023/NĐ-CP";
	}
}
