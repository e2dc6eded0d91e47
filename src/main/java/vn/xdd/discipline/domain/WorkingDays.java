package vn.xdd.discipline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Working days: Monday to Friday except the public holidays the committee lists (Tết and the
 * others change each year, so they are data).
 */
public record WorkingDays(Set<LocalDate> holidays) {

	public WorkingDays {
		holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The day on which the given number of working days after {@code start} is reached (start itself not counted). */
	public LocalDate after(LocalDate start, int workingDays) {
		Objects.requireNonNull(start, "start");
		if (workingDays <= 0) {
			throw new IllegalArgumentException("count at least one working day");
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}
}
