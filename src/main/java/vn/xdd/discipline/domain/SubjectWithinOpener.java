package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** The inspection committee opens cases only against members and organisations under its committee. */
public final class SubjectWithinOpener implements Rule<CaseOpeningFacts> {

	@Override
	public RuleResult check(CaseOpeningFacts facts) {
		return facts.subjectWithinOpener() ? RuleResult.allowed()
				: RuleResult.refused("discipline.error.subjectOutsideOpener");
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 32: ủy ban kiểm tra các cấp kiểm tra tổ chức đảng cấp dưới và đảng viên";
	}
}
