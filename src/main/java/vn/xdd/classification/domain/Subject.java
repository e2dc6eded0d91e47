package vn.xdd.classification.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Level;
import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * A stored subject of a round with what each step entered.
 *
 * @param unit the organisation, or the member's chapter at the year's end
 * @param earlierUnit the chapter a member left during the year, whose comments stay visible
 */
public record Subject(SubjectId id, RoundId round, SubjectKind kind, OrgUnitId unit, @Nullable MemberId member,
		@Nullable OrgUnitId earlierUnit, String name, Frame frame, @Nullable NotEvaluated notEvaluated, Stage stage,
		@Nullable Level selfLevel, @Nullable Integer selfTotal, String selfNote, TaskFigures tasks,
		@Nullable Level stateLevel, String comment, @Nullable Integer votesFor, @Nullable Integer votesAgainst,
		@Nullable Level appraisalLevel, String appraisalReason, String overruleReason, @Nullable Level decidedLevel,
		boolean outstanding, @Nullable LocalDate decidedOn, String decisionReason, boolean redoing, int version) {

	public boolean evaluated() {
		return notEvaluated == null;
	}

	/** The level as far as the round has come: decided, else appraised, else proposed. */
	public @Nullable Level currentLevel() {
		if (decidedLevel != null) {
			return decidedLevel;
		}
		return appraisalLevel != null ? appraisalLevel : selfLevel;
	}
}
