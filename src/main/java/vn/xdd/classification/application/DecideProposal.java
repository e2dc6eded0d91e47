package vn.xdd.classification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.ClassificationDecision;
import vn.xdd.classification.Level;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.domain.Choosing;
import vn.xdd.classification.domain.LevelChoice;
import vn.xdd.classification.domain.ProposalFacts;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.rule.Label;

/**
 * The competent committee decides (rules: {@link Choosing#DECISION}): the appraised level, or
 * another with its reason; the gates still hold, the appraisal's overruling carried along.
 */
@Service
class DecideProposal implements ClassificationDecision {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final ClassificationFacts facts;

	private final Steps steps;

	private final Clock clock;

	DecideProposal(RoundAccess access, JdbcClassification store, ClassificationFacts facts, Steps steps, Clock clock) {
		this.access = access;
		this.store = store;
		this.facts = facts;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void decide(SubjectId id, Level level, boolean outstanding, String reason, int version) {
		Subject subject = access.lock(id);
		Round round = access.roundOf(subject);
		access.requireDecider(round);
		decide(round, subject, store.subjects(round.id()), level, outstanding,
				Texts.optional("classification.field.reason", reason, Texts.LONG), version);
	}

	@Override
	@Transactional
	public int decideAppraised(RoundId id) {
		Round round = access.requireReadable(id);
		access.requireDecider(round);
		if (!round.open()) {
			throw new BusinessRuleException("classification.error.roundPublished");
		}
		List<Subject> all = store.subjects(round.id());
		int decided = 0;
		for (Subject subject : all) {
			if (subject.stage() == Stage.APPRAISED) {
				Subject locked = access.lock(subject.id());
				decide(round, locked, all, Objects.requireNonNull(locked.appraisalLevel()), false, "", locked.version());
				decided++;
			}
		}
		return decided;
	}

	private void decide(Round round, Subject subject, List<Subject> all, Level level, boolean outstanding, String reason,
			int version) {
		RoundSteps.MOVE.enforce(new StageMove(StageMove.Step.DECIDE, subject.stage(), round.open(), subject.redoing()));
		ProposalFacts known = facts.of(round, subject, all);
		Choosing.DECISION.enforce(new LevelChoice(known, subject.appraisalLevel(), level, reason, subject.overruleReason()));
		// the sub-grade tiêu biểu belongs to organisations rated trong sạch, vững mạnh (2008–2013)
		boolean sub = outstanding && level == Level.EXCELLENT && subject.kind() == vn.xdd.classification.SubjectKind.ORGANIZATION
				&& known.ruleSet().wording() == vn.xdd.classification.Wording.TSVM;
		store.updateDecision(subject, version, level, sub, LocalDate.now(clock), reason);
		if (!round.open()) {
			// the new decision of a redo in a published round is the year's result at once
			store.insertResult(subject.kind(), subject.member(), subject.unit(), round.year(), round.ruleSet(), level, sub,
					"ROUND", subject.id(), "", vn.xdd.shared.Actor.currentName());
		}
		steps.subject(subject.id(), "DECIDE", level, reason, "audit.text.classificationDecided", subject.name(),
				Label.of(known.ruleSet().wording().messageKey(level, subject.kind())));
	}
}
