package vn.xdd.classification.domain;

import java.util.Objects;

import vn.xdd.classification.Stage;

/**
 * A step asked of a subject: what it is, where the subject stands, and whether its round is still
 * open (a published round takes no step but a redo, and the appraisal and decision that follow it).
 */
public record StageMove(Step step, Stage stage, boolean roundOpen, boolean redoing) {

	public StageMove(Step step, Stage stage, boolean roundOpen) {
		this(step, stage, roundOpen, false);
	}

	/** The steps of a round, in order. */
	public enum Step {
		SELF, COMMENT, APPRAISE, DECIDE, REDO
	}

	public StageMove {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(stage, "stage");
	}
}
