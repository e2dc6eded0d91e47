package vn.xdd.classification.domain;

import java.util.Objects;

import vn.xdd.classification.Level;

/** A level claimed for a subject (proposed, appraised or decided), with what is known of the subject. */
public record LevelClaim(ProposalFacts facts, Level level) {

	public LevelClaim {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(level, "level");
	}

	public RuleSet ruleSet() {
		return facts.ruleSet();
	}
}
