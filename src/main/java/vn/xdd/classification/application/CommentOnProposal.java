package vn.xdd.classification.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.ProposalComments;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.BusinessRuleException;

/** Records the chapter's (or the collective's) comments on a proposal and its vote. */
@Service
class CommentOnProposal implements ProposalComments {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final Steps steps;

	CommentOnProposal(RoundAccess access, JdbcClassification store, Steps steps) {
		this.access = access;
		this.store = store;
		this.steps = steps;
	}

	@Override
	@Transactional
	public void comment(SubjectId id, String comment, @Nullable Integer votesFor, @Nullable Integer votesAgainst,
			int version) {
		Subject subject = access.lock(id);
		access.requireEntering(subject);
		Round round = access.roundOf(subject);
		RoundSteps.MOVE.enforce(new StageMove(StageMove.Step.COMMENT, subject.stage(), round.open()));
		String text = Texts.required("classification.field.comment", comment, Texts.LONG);
		if ((votesFor != null && (votesFor < 0 || votesFor > 100_000))
				|| (votesAgainst != null && (votesAgainst < 0 || votesAgainst > 100_000))) {
			throw new BusinessRuleException("classification.error.votes");
		}
		store.updateComment(subject, version, text, votesFor, votesAgainst);
		steps.subject(id, "COMMENT", subject.selfLevel(), text, "audit.text.classificationComment", subject.name(),
				votesFor == null ? "" : votesFor, votesAgainst == null ? "" : votesAgainst);
	}
}
