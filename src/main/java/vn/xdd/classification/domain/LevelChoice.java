package vn.xdd.classification.domain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Level;

/**
 * A level chosen by the appraisal or the decision, beside the one it follows (the self-assessment,
 * or the appraisal), with the reason of a change and the reason for overruling gates.
 */
public record LevelChoice(ProposalFacts facts, @Nullable Level previous, Level chosen, String reason,
		String overruleReason) {

	public LevelChoice {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(chosen, "chosen");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(overruleReason, "overruleReason");
	}

	public boolean changed() {
		return previous != chosen;
	}
}
