package vn.xdd.classification;

/**
 * Cancels a decided result and sends the subject back to the appraisal, after a complaint, a
 * denunciation or signs of violations; the reason and the cancelled result are kept.
 */
public interface ResultRedo {

	void redo(SubjectId subject, String reason);
}
