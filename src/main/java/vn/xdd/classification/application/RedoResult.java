package vn.xdd.classification.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.ResultRedo;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;

/**
 * The superior committee cancels a decided result (after a complaint, a denunciation or signs of
 * violations) and sends it back to the appraisal; a published result is cancelled with the reason,
 * kept, and the new decision of the redo is published by itself.
 */
@Service
class RedoResult implements ResultRedo {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final Steps steps;

	private final Clock clock;

	RedoResult(RoundAccess access, JdbcClassification store, Steps steps, Clock clock) {
		this.access = access;
		this.store = store;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void redo(SubjectId id, String reason) {
		Subject subject = access.lock(id);
		Round round = access.roundOf(subject);
		access.requireDecider(round);
		RoundSteps.MOVE.enforce(new StageMove(StageMove.Step.REDO, subject.stage(), round.open()));
		String why = Texts.required("classification.field.redoReason", reason, Texts.LONG);
		store.cancelResultOf(id, LocalDate.now(clock), why);
		store.reopen(subject);
		steps.subject(id, "REDO", subject.decidedLevel(), why, "audit.text.classificationRedone", subject.name(), why);
	}
}
