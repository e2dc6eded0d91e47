package vn.xdd.classification;

import org.jspecify.annotations.Nullable;

/** The chapter's (or the collective's) comments on a proposal and its vote. */
public interface ProposalComments {

	void comment(SubjectId subject, String comment, @Nullable Integer votesFor, @Nullable Integer votesAgainst,
			int version);
}
