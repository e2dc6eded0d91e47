package vn.xdd.discipline.domain;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Removal from post (cách chức) applies only to a member who holds a post on the day. */
public final class RemovalOnlyFromAPost implements Rule<ProposedDiscipline> {

	@Override
	public RuleResult check(ProposedDiscipline proposal) {
		return proposal.form() == DisciplineForm.REMOVAL_FROM_POST && !proposal.holdsPost()
				? RuleResult.refused("discipline.error.noPostToRemove")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022): cách chức chỉ áp dụng với đảng viên giữ chức vụ";
	}
}
