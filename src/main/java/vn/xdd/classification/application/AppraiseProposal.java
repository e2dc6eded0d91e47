package vn.xdd.classification.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.Appraisal;
import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.domain.Choosing;
import vn.xdd.classification.domain.LevelChoice;
import vn.xdd.classification.domain.ProposalFacts;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.rule.Label;

/**
 * The appraisal proposes a level (rules: {@link Choosing#APPRAISAL}): it passes the gates or
 * overrules, with a reason, those the regulation lets it; a change from the self-assessment keeps
 * its reason. Two appraisers on one proposal: the second is told it changed meanwhile (409).
 */
@Service
class AppraiseProposal implements Appraisal {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final ClassificationFacts facts;

	private final Steps steps;

	AppraiseProposal(RoundAccess access, JdbcClassification store, ClassificationFacts facts, Steps steps) {
		this.access = access;
		this.store = store;
		this.facts = facts;
		this.steps = steps;
	}

	@Override
	@Transactional
	public void appraise(SubjectId id, Level level, String reason, String overruleReason, int version) {
		Subject subject = access.lock(id);
		Round round = access.roundOf(subject);
		access.requireAppraiser(round);
		RoundSteps.MOVE.enforce(new StageMove(StageMove.Step.APPRAISE, subject.stage(), round.open(), subject.redoing()));
		String why = Texts.optional("classification.field.reason", reason, Texts.LONG);
		String overrule = Texts.optional("classification.field.overruleReason", overruleReason, Texts.LONG);
		ProposalFacts known = facts.of(round, subject, store.subjects(round.id()));
		Choosing.APPRAISAL.enforce(new LevelChoice(known, subject.selfLevel(), level, why, overrule));
		store.updateAppraisal(subject, version, level, why, overrule);
		Label words = Label.of(known.ruleSet().wording().messageKey(level, subject.kind()));
		steps.subject(id, "APPRAISE", level, why.isEmpty() ? overrule : why, "audit.text.classificationAppraised",
				subject.name(), words);
	}
}
