package vn.xdd.review.register.domain;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A later review gives the result of remedying an earlier item (kết quả khắc phục những hạn chế,
 * khuyết điểm đã được chỉ ra): under way or remedied; verifying it stays with the upper level.
 */
public final class ReviewSaysUnderWayOrRemedied implements Rule<ShortcomingLifeCycle.Step> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.Step candidate) {
		return candidate.to() == ShortcomingStatus.IN_PROGRESS || candidate.to() == ShortcomingStatus.REPORTED
				? RuleResult.allowed() : RuleResult.refused("shortcoming.error.reviewUpdate");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}
