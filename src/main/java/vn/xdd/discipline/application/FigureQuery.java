package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.DisciplineCounts;
import vn.xdd.discipline.DisciplineFigures;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/** The counts of the statistics page, for the results report: the same query, so the figures agree. */
@Service
@Transactional(readOnly = true)
class FigureQuery implements DisciplineFigures {

	private final JdbcDisciplineCases cases;

	private final OrgUnits units;

	private final AccessScope scope;

	FigureQuery(JdbcDisciplineCases cases, OrgUnits units, AccessScope scope) {
		this.cases = cases;
		this.units = units;
		this.scope = scope;
	}

	@Override
	public DisciplineCounts countsIn(OrgUnitId unit, LocalDate from, LocalDate until) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		List<Long> subtree = units.subtreesWithPredecessors(List.of(unit)).stream().map(OrgUnitId::value).toList();
		Map<DisciplineForm, Long> organizations = new EnumMap<>(DisciplineForm.class);
		Map<DisciplineForm, Long> members = new EnumMap<>(DisciplineForm.class);
		for (JdbcDisciplineCases.FormTally tally : cases.tally(subtree, from, until)) {
			(tally.subject().member() ? members : organizations).merge(tally.form(), tally.count(), Long::sum);
		}
		return new DisciplineCounts(from, until, organizations, members);
	}
}
