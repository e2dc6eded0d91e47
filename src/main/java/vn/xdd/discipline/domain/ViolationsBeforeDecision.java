package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The violations of a case are those the body judged: once it decided or closed the case, a newly
 * found violation is a new case (and, for the subject, a new violation that stops the lapse).
 */
public final class ViolationsBeforeDecision implements Rule<ViolationEntry> {

	@Override
	public RuleResult check(ViolationEntry entry) {
		return entry.caseDecided() ? RuleResult.refused("discipline.error.violationAfterDecision") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), trình tự xem xét, thi hành kỷ luật";
	}
}
