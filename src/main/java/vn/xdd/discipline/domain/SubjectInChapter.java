package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A case against a member is against someone who was a party member of a chapter on the opening day. */
public final class SubjectInChapter implements Rule<CaseOpeningFacts> {

	@Override
	public RuleResult check(CaseOpeningFacts facts) {
		return facts.memberSubject() && !facts.subjectInChapter()
				? RuleResult.refused("discipline.error.subjectNotMember")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 35: kỷ luật đảng viên vi phạm";
	}
}
