package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A member joins only a chapter that exists on the day: not one dissolved, merged away or not yet founded. */
public final class ChapterIsOpen implements Rule<MemberRules.ChapterChoice> {

	@Override
	public RuleResult check(MemberRules.ChapterChoice candidate) {
		return candidate.open() ? RuleResult.allowed() : RuleResult.refused("member.error.chapterClosed", candidate.name());
	}

	@Override
	public String regulation() {
		return "ADR 0006";
	}
}
