package vn.xdd.remediation.application;

import org.springframework.modulith.NamedInterface;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * A task as typed: its text, who leads it (a unit of the issuer's subtree, or a person), the
 * coordinating units, a deadline or a recurrence, the expected output and the shortcomings it
 * addresses.
 */
@NamedInterface("use-cases")
public record TaskCommand(long groupId, @Nullable String text, @Nullable Long leadUnitId, @Nullable String leadPerson,
		List<Long> coordinators, @Nullable LocalDate deadline, @Nullable Recurrence recurrence,
		@Nullable String expectedOutput, List<Long> shortcomings) {

	/** The checked task; throws the first rule it breaks. */
	TaskData check(PlanRow plan, PlanAccess access, Shortcomings register, List<Long> alreadyLinked) {
		String body = Texts.required(text, 4000, "plan.error.taskTextRequired");
		String person = Texts.optional(leadPerson);
		if (leadUnitId == null && person == null) {
			throw new BusinessRuleException("plan.error.leadRequired");
		}
		if (leadUnitId != null && !access.within(new OrgUnitId(leadUnitId), plan.unit())) {
			throw new BusinessRuleException("plan.error.leadOutsideIssuer");
		}
		for (Long unit : coordinators) {
			if (!access.within(new OrgUnitId(unit), plan.unit())) {
				throw new BusinessRuleException("plan.error.leadOutsideIssuer");
			}
		}
		Recurrence every = recurrence == null ? Recurrence.NONE : recurrence;
		if (every == Recurrence.NONE && deadline == null) {
			throw new BusinessRuleException("plan.error.deadlineOrRecurrence");
		}
		Set<Long> linkable = new LinkedHashSet<>(alreadyLinked);
		if (!shortcomings.isEmpty()) {
			register.unresolvedUnder(plan.unit())
				.stream()
				.map(ShortcomingSummary::id)
				.map(ShortcomingId::value)
				.forEach(linkable::add);
			for (Long item : shortcomings) {
				if (!linkable.contains(item)) {
					throw new BusinessRuleException("plan.error.shortcomingUnknown");
				}
			}
		}
		return new TaskData(body, leadUnitId, person, every == Recurrence.NONE ? deadline : null, every,
				expectedOutput == null ? "" : expectedOutput.strip());
	}
}
