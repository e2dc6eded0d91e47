package vn.xdd.remediation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.domain.Recurrence;

/**
 * A task as typed: its text, who leads it (a unit of the issuer's subtree, or a person), the
 * coordinating units, a deadline or a recurrence, the expected output and the shortcomings it
 * addresses.
 */
public record TaskCommand(long groupId, @Nullable String text, @Nullable Long leadUnitId, @Nullable String leadPerson,
		List<Long> coordinators, @Nullable LocalDate deadline, @Nullable Recurrence recurrence,
		@Nullable String expectedOutput, List<Long> shortcomings) {
}
