package vn.xdd.classification;

/**
 * Where a subject stands in the round: awaiting its self-assessment, self-assessed, commented and
 * voted on by the chapter or collective, appraised, decided. Labels: {@code classificationStage.<NAME>}.
 */
public enum Stage {
	AWAITING, SELF_ASSESSED, COMMENTED, APPRAISED, DECIDED;

	public String messageKey() {
		return "classificationStage." + name();
	}
}
