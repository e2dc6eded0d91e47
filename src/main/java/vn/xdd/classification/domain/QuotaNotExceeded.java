package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.shared.rule.RuleResult;

/**
 * The quota: those rated excellent are at most 20% of those rated good or better in a comparable
 * group (a chapter's members; the organisations under one committee). An excess is flagged to the
 * appraisal, which may keep the level for a unit of outstanding achievement, with the reason.
 */
public final class QuotaNotExceeded implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		RuleSet rules = claim.ruleSet();
		if (!rules.quotaEnabled() || claim.level() != Level.EXCELLENT) {
			return RuleResult.allowed();
		}
		long excellent = claim.facts().groupExcellent() + 1;
		long good = claim.facts().groupGoodOrBetter() + 1;
		return overQuota(excellent, good, rules.quotaPercent())
				? RuleResult.refused("classification.gate.quota", excellent, good, rules.quotaPercent())
				: RuleResult.allowed();
	}

	/** Whether {@code excellent} exceeds the share of {@code goodOrBetter} (exactly the share is within). */
	public static boolean overQuota(long excellent, long goodOrBetter, int percent) {
		return excellent * 100 > (long) percent * goodOrBetter;
	}

	@Override
	public boolean overrulable() {
		return true;
	}

	@Override
	public String regulation() {
		return "Quy định 124-QĐ/TW; Quy định 366-QĐ/TW (hạn mức 20% số được xếp loại hoàn thành tốt, trừ đơn vị có thành tích nổi trội) [chưa xác nhận]";
	}
}
