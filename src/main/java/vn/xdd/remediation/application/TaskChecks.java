package vn.xdd.remediation.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.domain.Tasks;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.OrgUnitId;

/** Loads what the task rules need to know about a task as typed, enforces {@link Tasks#TASK}, tidies the task. */
final class TaskChecks {

	private TaskChecks() {
	}

	/** The checked task; throws the first rule it breaks. */
	static TaskData check(TaskCommand command, PlanRow plan, PlanAccess access, Shortcomings register, List<Long> alreadyLinked) {
		String body = Texts.optional(command.text());
		String person = Texts.optional(command.leadPerson());
		int outside = 0;
		if (command.leadUnitId() != null && !access.within(new OrgUnitId(command.leadUnitId()), plan.unit())) {
			outside++;
		}
		for (Long unit : command.coordinators()) {
			if (!access.within(new OrgUnitId(unit), plan.unit())) {
				outside++;
			}
		}
		Recurrence every = command.recurrence() == null ? Recurrence.NONE : command.recurrence();
		Set<Long> linkable = new LinkedHashSet<>(alreadyLinked);
		if (!command.shortcomings().isEmpty()) {
			register.unresolvedUnder(plan.unit())
				.stream()
				.map(ShortcomingSummary::id)
				.map(ShortcomingId::value)
				.forEach(linkable::add);
		}
		Tasks.TASK.enforce(new Tasks.Task(body, command.leadUnitId() != null, person, outside, command.deadline(), every,
				command.shortcomings(), linkable));
		return new TaskData(Objects.requireNonNull(body), command.leadUnitId(), person,
				every == Recurrence.NONE ? command.deadline() : null, every,
				command.expectedOutput() == null ? "" : command.expectedOutput().strip());
	}
}
