package vn.xdd.discipline.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.domain.AuthorityGrant;
import vn.xdd.discipline.domain.DisciplineRuleSet;
import vn.xdd.discipline.domain.DisciplineRuleSets;
import vn.xdd.discipline.domain.PlanningBarSet;
import vn.xdd.discipline.domain.Term;
import vn.xdd.discipline.domain.WorkingDays;

/** The discipline rules as the committee keeps them: rule sets, planning bars, authority lines, holidays. */
@Repository
public class JdbcDisciplineRules {

	private final JdbcClient jdbc;

	public JdbcDisciplineRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DisciplineRuleSets ruleSets() {
		return new DisciplineRuleSets(disciplineSets(), barSets());
	}

	public List<AuthorityGrant> authority() {
		return jdbc.sql("""
				select subject, min_levels_above, max_levels_above, forms, not_for_committee_members,
				       not_for_higher_level_tasks, basis, confirmed
				from discipline_authority order by sort_order, id""")
			.query((rs, n) -> new AuthorityGrant(SubjectKind.valueOf(rs.getString(1)), rs.getInt(2),
					(Integer) rs.getObject(3), enums(DisciplineForm.class, rs.getString(4)), rs.getBoolean(5),
					rs.getBoolean(6), rs.getString(7), rs.getBoolean(8)))
			.list();
	}

	public WorkingDays workingDays() {
		return new WorkingDays(new HashSet<>(jdbc.sql("select day from discipline_holiday").query(LocalDate.class).list()));
	}

	private List<DisciplineRuleSet> disciplineSets() {
		Map<String, Map<SubjectKind, List<DisciplineForm>>> forms = new LinkedHashMap<>();
		jdbc.sql("select rule_set, subject, form from discipline_rule_form order by rule_set, subject, sort_order")
			.query(rs -> {
				forms.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(SubjectKind.class))
					.computeIfAbsent(SubjectKind.valueOf(rs.getString(2)), k -> new ArrayList<>())
					.add(DisciplineForm.valueOf(rs.getString(3)));
			});
		Map<String, Map<DisciplineForm, Term>> limitations = new LinkedHashMap<>();
		jdbc.sql("select rule_set, form, amount, unit from discipline_limitation")
			.query(rs -> {
				limitations.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(DisciplineForm.class))
					.put(DisciplineForm.valueOf(rs.getString(2)), new Term(rs.getInt(3), Term.Unit.valueOf(rs.getString(4))));
			});
		return jdbc.sql("""
				select code, citation, subjects, in_force_from, in_force_until, without_limitation, lapse_amount,
				       lapse_unit, confirmed
				from discipline_rule_set order by in_force_from, code""")
			.query((rs, n) -> new DisciplineRuleSet(rs.getString(1), rs.getString(2),
					enums(SubjectKind.class, rs.getString(3)), rs.getDate(4).toLocalDate(), day(rs.getDate(5)),
					forms.getOrDefault(rs.getString(1), Map.of()), limitations.getOrDefault(rs.getString(1), Map.of()),
					enums(ViolationCategory.class, rs.getString(6)),
					new Term(rs.getInt(7), Term.Unit.valueOf(rs.getString(8))), rs.getBoolean(9)))
			.list();
	}

	private List<PlanningBarSet> barSets() {
		Map<String, Map<DisciplineForm, Term>> bars = new LinkedHashMap<>();
		jdbc.sql("select bar_set, form, amount, unit from planning_bar")
			.query(rs -> {
				bars.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(DisciplineForm.class))
					.put(DisciplineForm.valueOf(rs.getString(2)), new Term(rs.getInt(3), Term.Unit.valueOf(rs.getString(4))));
			});
		return jdbc.sql("select code, citation, in_force_from, in_force_until, confirmed from planning_bar_set order by in_force_from")
			.query((rs, n) -> new PlanningBarSet(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					day(rs.getDate(4)), bars.getOrDefault(rs.getString(1), Map.of()), rs.getBoolean(5)))
			.list();
	}

	private static @Nullable LocalDate day(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> set.add(Enum.valueOf(type, s)));
		return set;
	}
}
