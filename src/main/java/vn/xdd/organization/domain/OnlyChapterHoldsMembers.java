package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Members belong to chapters (chi bộ), never to a committee or a board. */
public final class OnlyChapterHoldsMembers implements Rule<MemberRules.ChapterChoice> {

	@Override
	public RuleResult check(MemberRules.ChapterChoice candidate) {
		return candidate.holdsMembers() ? RuleResult.allowed()
				: RuleResult.refused("member.error.notAChapter", candidate.name());
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
