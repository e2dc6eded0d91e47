package vn.xdd.discipline.domain;

import vn.xdd.discipline.Vote;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A recorded vote adds up (no more votes than members) and more than half of the body's members
 * voted for the form (a decision from the archive may carry no vote: the rule is then not asked).
 */
public final class VoteCarriesTheForm implements Rule<Vote> {

	@Override
	public RuleResult check(Vote vote) {
		if (vote.members() == 0 || vote.inFavour() + vote.against() > vote.members()) {
			return RuleResult.refused("discipline.error.voteDoesNotAddUp", vote.members());
		}
		return vote.inFavour() * 2 > vote.members() ? RuleResult.allowed()
				: RuleResult.refused("discipline.error.voteNotCarried", vote.inFavour(), vote.members());
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), biểu quyết quyết định kỷ luật: quá nửa số thành viên tán thành";
	}
}
