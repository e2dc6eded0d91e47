package vn.xdd.discipline.domain;

import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A ruling that changes the decision names the new form, another than the one decided; upholding or annulling names none. */
public final class ChangeNamesAnotherForm implements Rule<RulingFacts> {

	@Override
	public RuleResult check(RulingFacts ruling) {
		if (ruling.outcome() != ComplaintOutcome.CHANGED) {
			return ruling.changedTo() == null ? RuleResult.allowed()
					: RuleResult.refused("discipline.error.changedFormOnlyWhenChanged");
		}
		if (ruling.changedTo() == null || ruling.changedTo() == ruling.decidedForm()) {
			return RuleResult.refused("discipline.error.changedFormRequired", Label.of(ruling.decidedForm().messageKey()));
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022): cấp giải quyết khiếu nại giữ nguyên, thay đổi hoặc xóa bỏ hình thức kỷ luật";
	}
}
