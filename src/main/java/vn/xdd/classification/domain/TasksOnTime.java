package vn.xdd.classification.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.shared.rule.RuleResult;

/**
 * What the tasks of the year allow: below the share done the rule set asks, not completed; an
 * excellent rating needs every task on time and the share exceeding requirements (≥ 30% under QĐ
 * 366); under QĐ 366 a good rating needs every task on time and a completed collective at most 20%
 * behind schedule.
 */
public final class TasksOnTime implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		RuleSet rules = claim.ruleSet();
		TaskFigures tasks = claim.facts().tasks();
		boolean needsTasks = (rules.doneMinPercent() != null && claim.level() != Level.NOT_COMPLETED)
				|| (rules.exceededMinPercent() != null && claim.level() == Level.EXCELLENT)
				|| (rules.behindMaxPercent() != null && claim.level() != Level.NOT_COMPLETED);
		if (!needsTasks) {
			return RuleResult.allowed();
		}
		Integer total = tasks.total();
		if (total == null) {
			return RuleResult.refused("classification.gate.noTasks");
		}
		if (total == 0) {
			return RuleResult.allowed();
		}
		int done = value(tasks.done(), total);
		int onTime = value(tasks.onTime(), done);
		int exceeded = value(tasks.exceeded(), 0);
		int behind = value(tasks.behind(), total - onTime);
		Integer doneMin = rules.doneMinPercent();
		if (doneMin != null && claim.level() != Level.NOT_COMPLETED && done * 100L < doneMin * (long) total) {
			return RuleResult.refused("classification.gate.tasksDone", done, total, doneMin);
		}
		Integer exceededMin = rules.exceededMinPercent();
		if (exceededMin != null && claim.level() == Level.EXCELLENT) {
			if (onTime < total) {
				return RuleResult.refused("classification.gate.tasksOnTime", onTime, total);
			}
			if (exceeded * 100L < exceededMin * (long) total) {
				return RuleResult.refused("classification.gate.tasksExceeded", exceeded, total, exceededMin);
			}
		}
		Integer behindMax = rules.behindMaxPercent();
		if (behindMax != null) {
			if (claim.level() == Level.GOOD && onTime < total) {
				return RuleResult.refused("classification.gate.tasksOnTime", onTime, total);
			}
			if (claim.level() == Level.COMPLETED && claim.facts().kind() == SubjectKind.ORGANIZATION) {
				if (done < total) {
					return RuleResult.refused("classification.gate.tasksAllDone", done, total);
				}
				if (behind * 100L > behindMax * (long) total) {
					return RuleResult.refused("classification.gate.tasksBehind", behind, total, behindMax);
				}
			}
		}
		return RuleResult.allowed();
	}

	private static int value(@Nullable Integer figure, int otherwise) {
		return figure == null ? otherwise : figure;
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW (100% nhiệm vụ đúng tiến độ, ≥ 30% vượt yêu cầu; không quá 20% chậm tiến độ); "
				+ "Quy định 132-QĐ/TW và 124-QĐ/TW (dưới 50% chỉ tiêu)";
	}
}
