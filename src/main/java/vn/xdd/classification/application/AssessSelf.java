package vn.xdd.classification.application;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.Grade;
import vn.xdd.classification.SelfAssessment;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.domain.Criterion;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.RoundSteps;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.domain.StageMove;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.rule.Label;

/**
 * Stores a self-assessment: the level proposed and, under the rule set's scale, each criterion of
 * the subject's frame (points within the criterion's maximum, or a grade). The gates are not
 * enforced here — the proposal is the subject's own claim; the appraisal sees what they say.
 */
@Service
class AssessSelf implements SelfAssessment {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final ClassificationFacts facts;

	private final Steps steps;

	AssessSelf(RoundAccess access, JdbcClassification store, ClassificationFacts facts, Steps steps) {
		this.access = access;
		this.store = store;
		this.facts = facts;
		this.steps = steps;
	}

	@Override
	@Transactional
	public void assess(SubjectId id, Entry entry, int version) {
		Subject subject = access.lock(id);
		access.requireEntering(subject);
		Round round = access.roundOf(subject);
		RoundSteps.MOVE.enforce(new StageMove(StageMove.Step.SELF, subject.stage(), round.open()));
		if (!subject.evaluated()) {
			throw new BusinessRuleException("classification.gate.notEvaluated",
					Label.of(java.util.Objects.requireNonNull(subject.notEvaluated()).messageKey()));
		}
		String note = Texts.optional("classification.field.selfNote", entry.note(), Texts.LONG);
		RuleSet rules = facts.ruleSet(round);
		Map<String, Integer> points = new HashMap<>();
		Map<String, Grade> grades = new HashMap<>();
		for (Criterion criterion : store.criteria(rules.code(), subject.frame())) {
			if (rules.scale() == RuleSet.Scale.POINTS) {
				Integer value = entry.points().get(criterion.code());
				if (value == null) {
					throw new BusinessRuleException("classification.error.pointsRequired", criterion.name());
				}
				int max = criterion.maxPoints() == null ? 100 : criterion.maxPoints();
				if (value < 0 || value > max) {
					throw new BusinessRuleException("classification.error.pointsOutOfRange", criterion.name(), max);
				}
				points.put(criterion.code(), value);
			}
			else if (rules.scale() == RuleSet.Scale.GRADES) {
				Grade grade = entry.grades().get(criterion.code());
				if (grade == null) {
					throw new BusinessRuleException("classification.error.gradeRequired", criterion.name());
				}
				grades.put(criterion.code(), grade);
			}
		}
		TaskFigures tasks = checked(entry.tasks());
		@Nullable Integer total = points.isEmpty() ? null : points.values().stream().mapToInt(Integer::intValue).sum();
		store.updateSelf(subject, version, entry.level(), total, note, tasks, entry.stateLevel());
		store.replaceScores(id, points, grades);
		steps.subject(id, "SELF", entry.level(), note, "audit.text.classificationSelf", subject.name(),
				Label.of(rules.wording().messageKey(entry.level(), subject.kind())));
	}

	private static TaskFigures checked(TaskFigures tasks) {
		Integer total = tasks.total();
		if (total == null) {
			return TaskFigures.UNKNOWN;
		}
		for (Integer figure : new Integer[] { total, tasks.done(), tasks.onTime(), tasks.exceeded(), tasks.behind() }) {
			if (figure != null && (figure < 0 || figure > total || figure > 100_000)) {
				throw new BusinessRuleException("classification.error.tasksInconsistent");
			}
		}
		if (tasks.onTime() != null && tasks.done() != null && tasks.onTime() > tasks.done()) {
			throw new BusinessRuleException("classification.error.tasksInconsistent");
		}
		return tasks;
	}
}
