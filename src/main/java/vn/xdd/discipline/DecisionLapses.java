package vn.xdd.discipline;

import java.time.LocalDate;

/** Decisions whose lapse term ran out without complaint, repeat or new violation lapse by themselves (run daily). */
public interface DecisionLapses {

	/** Marks the decisions due by the day as lapsed; returns how many. */
	int lapseDue(LocalDate today);
}
