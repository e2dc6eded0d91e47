package vn.xdd.classification.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.discipline.Sanction;
import vn.xdd.review.RemediationShare;

/**
 * What the gates know of a subject when its level is judged: the rule set, its scores and tasks,
 * what the other modules hold (discipline in the year, earlier shortcomings, the leadership
 * collective and the subordinates), and the levels around it in the round.
 *
 * @param notEvaluated why the subject is not evaluated, or null when it is
 * @param committee an organisation that is a party committee (its subordinates are organisations),
 *        not a chapter (its subordinates are members)
 * @param score the sum of the criteria's points, or null when none was entered
 * @param sanctions the subject's own sanctions decided in the year, not annulled
 * @param earlierShortcomings the subject's shortcomings of earlier reviews, or null when not known
 * @param leadershipSanctions sanctions of the year against members of the leadership collective (an
 *        organisation) or of the units a leader leads, and against its subordinate organisations
 * @param below the best known levels of those below it in the round: members of a chapter, the
 *        organisations under a committee
 * @param groupExcellent others rated excellent in its comparable group (quota)
 * @param groupGoodOrBetter others rated good or better in its comparable group (quota)
 */
public record ProposalFacts(RuleSet ruleSet, SubjectKind kind, Frame frame, @Nullable NotEvaluated notEvaluated,
		boolean committee, @Nullable Integer score, Map<String, Grade> grades, Map<String, String> criterionNames,
		TaskFigures tasks, @Nullable Level stateLevel, List<Sanction> sanctions,
		@Nullable RemediationShare earlierShortcomings, List<Sanction> leadershipSanctions, List<Level> below,
		long groupExcellent, long groupGoodOrBetter) {

	public ProposalFacts {
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(frame, "frame");
		grades = Map.copyOf(grades);
		criterionNames = Map.copyOf(criterionNames);
		Objects.requireNonNull(tasks, "tasks");
		sanctions = List.copyOf(sanctions);
		leadershipSanctions = List.copyOf(leadershipSanctions);
		below = List.copyOf(below);
	}

	/** A collective, or a leader answering for the units he leads. */
	public boolean answersForOthers() {
		return kind == SubjectKind.ORGANIZATION || frame == Frame.LEADER;
	}
}
