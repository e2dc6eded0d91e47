package vn.xdd.organization.domain;

import vn.xdd.shared.rule.RuleResult;

/** A new record starts in a status that keeps the member in a chapter. */
public final class StartsInChapter implements FieldRule<MemberRules.NewRecord> {

	@Override
	public MemberField field() {
		return MemberField.STATUS;
	}

	@Override
	public RuleResult check(MemberRules.NewRecord candidate) {
		return candidate.initial().inChapter() ? RuleResult.allowed()
				: RuleResult.refused("member.error.statusNotInChapter");
	}

	@Override
	public String regulation() {
		return "ADR 0007";
	}
}
