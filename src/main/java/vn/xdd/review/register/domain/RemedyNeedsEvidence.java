package vn.xdd.review.register.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A remedy is reported, and evidence added, only with a note saying what was done or with files. */
public final class RemedyNeedsEvidence implements Rule<ShortcomingLifeCycle.Step> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.Step candidate) {
		return ShortcomingLifeCycle.blank(candidate.note()) && candidate.files() == 0
				? RuleResult.refused("shortcoming.error.evidenceRequired") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009 (evidence: files and notes, each with author and date)";
	}
}
