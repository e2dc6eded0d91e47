package vn.xdd.remediation.application;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Checks a task as typed against the rules of a task. */
final class TaskChecks {

	private TaskChecks() {
	}

	/** The checked task; throws the first rule it breaks. */
	static TaskData check(TaskCommand command, PlanRow plan, PlanAccess access, Shortcomings register, List<Long> alreadyLinked) {
		String body = Texts.required(command.text(), 4000, "plan.error.taskTextRequired");
		String person = Texts.optional(command.leadPerson());
		if (command.leadUnitId() == null && person == null) {
			throw new BusinessRuleException("plan.error.leadRequired");
		}
		if (command.leadUnitId() != null && !access.within(new OrgUnitId(command.leadUnitId()), plan.unit())) {
			throw new BusinessRuleException("plan.error.leadOutsideIssuer");
		}
		for (Long unit : command.coordinators()) {
			if (!access.within(new OrgUnitId(unit), plan.unit())) {
				throw new BusinessRuleException("plan.error.leadOutsideIssuer");
			}
		}
		Recurrence every = command.recurrence() == null ? Recurrence.NONE : command.recurrence();
		if (every == Recurrence.NONE && command.deadline() == null) {
			throw new BusinessRuleException("plan.error.deadlineOrRecurrence");
		}
		Set<Long> linkable = new LinkedHashSet<>(alreadyLinked);
		if (!command.shortcomings().isEmpty()) {
			register.unresolvedUnder(plan.unit())
				.stream()
				.map(ShortcomingSummary::id)
				.map(ShortcomingId::value)
				.forEach(linkable::add);
			for (Long item : command.shortcomings()) {
				if (!linkable.contains(item)) {
					throw new BusinessRuleException("plan.error.shortcomingUnknown");
				}
			}
		}
		return new TaskData(body, command.leadUnitId(), person, every == Recurrence.NONE ? command.deadline() : null, every,
				command.expectedOutput() == null ? "" : command.expectedOutput().strip());
	}
}
