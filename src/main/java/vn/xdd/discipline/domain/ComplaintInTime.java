package vn.xdd.discipline.domain;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A complaint is filed within 30 working days of receiving the decision; a late one is refused with the day it was due. */
public final class ComplaintInTime implements Rule<ComplaintFiling> {

	@Override
	public RuleResult check(ComplaintFiling filing) {
		if (filing.filedOn().isBefore(filing.receivedOn())) {
			return RuleResult.refused("discipline.error.complaintBeforeReceipt", VietnameseText.date(filing.receivedOn()));
		}
		return filing.filedOn().isAfter(filing.dueOn())
				? RuleResult.refused("discipline.error.complaintLate", VietnameseText.date(filing.dueOn()))
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022); khiếu nại trong 1 tháng (30 ngày làm việc) kể từ ngày nhận quyết định";
	}
}
