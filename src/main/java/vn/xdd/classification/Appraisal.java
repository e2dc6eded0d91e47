package vn.xdd.classification;

/**
 * The appraisal (thẩm định) of a proposal by the organisation board: the level it proposes, the
 * reason of any change from the self-assessment, and the reason for overruling a gate where the
 * regulation allows it.
 */
public interface Appraisal {

	void appraise(SubjectId subject, Level level, String reason, String overruleReason, int version);
}
