package vn.xdd.discipline;

import java.time.LocalDate;

import vn.xdd.shared.OrgUnitId;

/**
 * Aggregate discipline figures of a subtree, for reports of other modules: counts only, no names,
 * so any user reaching the unit may have them (the cases behind them stay with the readers of
 * discipline).
 */
public interface DisciplineFigures {

	DisciplineCounts countsIn(OrgUnitId unit, LocalDate from, LocalDate until);
}
