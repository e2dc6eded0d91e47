package vn.xdd.discipline.domain;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A violation was committed on a day that has come: its limitation period counts from it. */
public final class CommittedNotInFuture implements Rule<ViolationEntry> {

	@Override
	public RuleResult check(ViolationEntry entry) {
		return entry.committedOn().isAfter(entry.today())
				? RuleResult.refused("discipline.error.committedInFuture", VietnameseText.date(entry.committedOn()))
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022): thời hiệu tính từ thời điểm có hành vi vi phạm";
	}
}
