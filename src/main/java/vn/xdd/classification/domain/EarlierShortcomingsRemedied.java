package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.review.RemediationShare;
import vn.xdd.shared.rule.RuleResult;

/** Excellent only with every shortcoming found by earlier reviews verified remedied (from the register). */
public final class EarlierShortcomingsRemedied implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		RemediationShare share = claim.facts().earlierShortcomings();
		if (!claim.ruleSet().earlierShortcomingsGate() || claim.level() != Level.EXCELLENT || share == null
				|| share.allRemedied()) {
			return RuleResult.allowed();
		}
		return RuleResult.refused("classification.gate.earlierShortcomings", share.total() - share.verified(),
				share.total());
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW (khắc phục 100% hạn chế, khuyết điểm đã được chỉ ra) [chưa xác nhận]";
	}
}
