package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The posts that end with a step end the day before it: each must have started before that day,
 * or its period would end before it began (arguments: the post and its first day).
 */
public final class PostsEndAfterTheyStart implements Rule<MemberRules.EndsPosts> {

	@Override
	public RuleResult check(MemberRules.EndsPosts candidate) {
		for (MemberRules.Post post : candidate.endingPosts()) {
			if (!candidate.from().isAfter(post.from())) {
				return RuleResult.refused("member.error.positionStartsLater", post.label(), post.from());
			}
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
