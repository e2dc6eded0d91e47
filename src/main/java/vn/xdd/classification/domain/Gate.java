package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Rule;

/**
 * A gate of classification: a rule that bars a level (and the levels above it) for a reason the
 * appraisal sees, naming the record that caused it. Some gates the appraisal may overrule with a
 * reason, where the regulation allows it (e.g. a violation self-detected and fully remedied).
 */
public interface Gate extends Rule<LevelClaim> {

	/** Whether the appraisal may set this gate aside with a reason. */
	default boolean overrulable() {
		return false;
	}
}
