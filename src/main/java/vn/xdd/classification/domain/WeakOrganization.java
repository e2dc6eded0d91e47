package vn.xdd.classification.domain;

import java.util.List;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.shared.rule.RuleResult;

/**
 * HD 27: a party committee with more than a third of its organisations yếu kém, or a chapter with
 * more than half of its members not completed, is yếu kém whatever its points.
 */
public final class WeakOrganization implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		List<Level> below = claim.facts().below();
		if (!claim.ruleSet().weakRules() || claim.facts().kind() != SubjectKind.ORGANIZATION
				|| claim.level() == Level.NOT_COMPLETED || below.isEmpty()) {
			return RuleResult.allowed();
		}
		long weak = below.stream().filter(l -> l == Level.NOT_COMPLETED).count();
		boolean committee = claim.facts().committee();
		// more than 1/3 (committee) or more than 1/2 (chapter)
		boolean tooMany = committee ? weak * 3 > below.size() : weak * 2 > below.size();
		return tooMany ? RuleResult.refused(committee ? "classification.gate.weakCommittee" : "classification.gate.weakChapter",
				weak, below.size()) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 27-HD/BTCTW năm 2014 (tổ chức đảng yếu kém)";
	}
}
