package vn.xdd.remediation.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.domain.Recurrence;

/** A task as typed in its form; the edit form carries the version the editor started from. */
public record TaskForm(@Nullable Long groupId, @Nullable String text, @Nullable Long leadUnitId,
		@Nullable String leadPerson, @Nullable List<Long> coordinators,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline, @Nullable Recurrence recurrence,
		@Nullable String expectedOutput, @Nullable List<Long> shortcomings, @Nullable Integer version) {

	TaskCommand command() {
		return new TaskCommand(groupId == null ? 0 : groupId, text, leadUnitId, leadPerson,
				coordinators == null ? List.of() : coordinators, deadline, recurrence, expectedOutput,
				shortcomings == null ? List.of() : shortcomings);
	}

	/** Whether the unit (an option's value) is ticked as coordinating. */
	public boolean coordinates(String unit) {
		return coordinators != null && coordinators.contains(Long.valueOf(unit));
	}

	/** Whether the shortcoming is ticked as addressed by the task. */
	public boolean addresses(long item) {
		return shortcomings != null && shortcomings.contains(item);
	}
}
