package vn.xdd.classification;

/** The decision of the competent committee on a subject's level, one by one or every appraised one at once. */
public interface ClassificationDecision {

	/** Decides the level; a level other than the appraisal's needs a reason. */
	void decide(SubjectId subject, Level level, boolean outstanding, String reason, int version);

	/** Decides every appraised subject of the round at its appraised level; answers how many. */
	int decideAppraised(RoundId round);
}
