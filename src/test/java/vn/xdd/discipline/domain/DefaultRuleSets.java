package vn.xdd.discipline.domain;

import static vn.xdd.discipline.DisciplineForm.DISSOLUTION;
import static vn.xdd.discipline.DisciplineForm.EXPULSION;
import static vn.xdd.discipline.DisciplineForm.REMOVAL_FROM_POST;
import static vn.xdd.discipline.DisciplineForm.REPRIMAND;
import static vn.xdd.discipline.DisciplineForm.WARNING;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;

/**
 * The rule sets as ../shared/domain/discipline.md states them, for the rule tests; the migration
 * seeds the same figures into the tables the application reads (DisciplineRuleSetsSeedTest
 * compares them). The in-force days are the regulations' signing days.
 */
public final class DefaultRuleSets {

	private static final Set<ViolationCategory> MEMBER_NO_LIMIT = EnumSet.of(ViolationCategory.DESERVING_EXPULSION,
			ViolationCategory.INTERNAL_POLITICS, ViolationCategory.SECURITY_DEFENCE_FOREIGN_AFFAIRS,
			ViolationCategory.ILLEGAL_DIPLOMAS);

	private static final Set<ViolationCategory> ORGANIZATION_NO_LIMIT = EnumSet.of(
			ViolationCategory.INTERNAL_POLITICS, ViolationCategory.SECURITY_DEFENCE_FOREIGN_AFFAIRS);

	private static final List<DisciplineForm> ORGANIZATION_FORMS = List.of(REPRIMAND, WARNING, DISSOLUTION);

	private static final List<DisciplineForm> FULL_MEMBER_FORMS = List.of(REPRIMAND, WARNING, REMOVAL_FROM_POST,
			EXPULSION);

	private static final List<DisciplineForm> PROBATIONARY_FORMS = List.of(REPRIMAND, WARNING);

	/** Quy định 102-QĐ/TW (15/11/2017), members: reprimand 5 years, warning and removal 10 years. */
	public static final DisciplineRuleSet QD102_2017 = new DisciplineRuleSet("QD102_2017",
			"Quy định 102-QĐ/TW ngày 15/11/2017", EnumSet.of(SubjectKind.FULL_MEMBER, SubjectKind.PROBATIONARY_MEMBER),
			LocalDate.of(2017, 11, 15), LocalDate.of(2022, 7, 5),
			Map.of(SubjectKind.FULL_MEMBER, FULL_MEMBER_FORMS, SubjectKind.PROBATIONARY_MEMBER, PROBATIONARY_FORMS),
			Map.of(REPRIMAND, Term.years(5), WARNING, Term.years(10), REMOVAL_FROM_POST, Term.years(10)),
			MEMBER_NO_LIMIT, Term.months(12), true);

	/** Quy định 07-QĐi/TW (28/8/2018), organisations: reprimand 5 years, warning 10 years, dissolution none. */
	public static final DisciplineRuleSet QD07_2018 = new DisciplineRuleSet("QD07_2018",
			"Quy định 07-QĐi/TW ngày 28/8/2018", EnumSet.of(SubjectKind.ORGANIZATION), LocalDate.of(2018, 8, 28),
			LocalDate.of(2022, 7, 5), Map.of(SubjectKind.ORGANIZATION, ORGANIZATION_FORMS),
			Map.of(REPRIMAND, Term.years(5), WARNING, Term.years(10)), ORGANIZATION_NO_LIMIT, Term.months(12), true);

	/** Quy định 69-QĐ/TW (06/7/2022, amended by Quy định 264 of 2025), both: 60 and 120 months. */
	public static final DisciplineRuleSet QD69_2022 = new DisciplineRuleSet("QD69_2022",
			"Quy định 69-QĐ/TW ngày 06/7/2022 (sửa đổi, bổ sung bởi Quy định 264-QĐ/TW năm 2025)",
			EnumSet.allOf(SubjectKind.class), LocalDate.of(2022, 7, 6), null,
			Map.of(SubjectKind.ORGANIZATION, ORGANIZATION_FORMS, SubjectKind.FULL_MEMBER, FULL_MEMBER_FORMS,
					SubjectKind.PROBATIONARY_MEMBER, PROBATIONARY_FORMS),
			Map.of(REPRIMAND, Term.months(60), WARNING, Term.months(120), REMOVAL_FROM_POST, Term.months(120)),
			MEMBER_NO_LIMIT, Term.months(12), true);

	/** Quy định 105-QĐ/TW (19/12/2017): at least one year for reprimand, warning and removal from post. */
	public static final PlanningBarSet QD105_2017 = new PlanningBarSet("QD105_2017", "Quy định 105-QĐ/TW ngày 19/12/2017",
			LocalDate.of(2017, 12, 19), LocalDate.of(2022, 8, 17),
			Map.of(REPRIMAND, Term.years(1), WARNING, Term.years(1), REMOVAL_FROM_POST, Term.years(1)), true);

	/** Quy định 80-QĐ/TW (18/8/2022): 12, 30 and 60 months. */
	public static final PlanningBarSet QD80_2022 = new PlanningBarSet("QD80_2022", "Quy định 80-QĐ/TW ngày 18/8/2022",
			LocalDate.of(2022, 8, 18), LocalDate.of(2025, 10, 7),
			Map.of(REPRIMAND, Term.months(12), WARNING, Term.months(30), REMOVAL_FROM_POST, Term.months(60)), true);

	/** Quy định 377-QĐ/TW (08/10/2025): 24, 36 and 60 months, from secondary sources ([unconfirmed]). */
	public static final PlanningBarSet QD377_2025 = new PlanningBarSet("QD377_2025", "Quy định 377-QĐ/TW ngày 08/10/2025",
			LocalDate.of(2025, 10, 8), null,
			Map.of(REPRIMAND, Term.months(24), WARNING, Term.months(36), REMOVAL_FROM_POST, Term.months(60)), false);

	private DefaultRuleSets() {
	}

	public static DisciplineRuleSets all() {
		return new DisciplineRuleSets(List.of(QD102_2017, QD07_2018, QD69_2022),
				List.of(QD105_2017, QD80_2022, QD377_2025));
	}
}
