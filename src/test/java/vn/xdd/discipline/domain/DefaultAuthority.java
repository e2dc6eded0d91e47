package vn.xdd.discipline.domain;

import static vn.xdd.discipline.DisciplineForm.DISSOLUTION;
import static vn.xdd.discipline.DisciplineForm.EXPULSION;
import static vn.xdd.discipline.DisciplineForm.REMOVAL_FROM_POST;
import static vn.xdd.discipline.DisciplineForm.REPRIMAND;
import static vn.xdd.discipline.DisciplineForm.WARNING;

import java.util.EnumSet;
import java.util.List;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/**
 * The authority table as ../shared/domain/discipline.md states it, for the rule tests; the migration
 * seeds the same lines (DisciplineRuleSetsSeedTest compares them).
 */
public final class DefaultAuthority {

	private static final String CHAPTER = "Chi bộ khiển trách, cảnh cáo đảng viên trong chi bộ (trừ vi phạm khi thực hiện nhiệm vụ do cấp trên giao)";

	private static final String LEVEL_ABOVE = "Cấp ủy, ủy ban kiểm tra cấp trên trực tiếp quyết định cách chức, khai trừ";

	private static final String ORGANIZATION = "Tổ chức đảng bị kỷ luật do cấp ủy cấp trên quyết định";

	public static final List<AuthorityGrant> LINES = List.of(
			new AuthorityGrant(SubjectKind.FULL_MEMBER, 0, 0, EnumSet.of(REPRIMAND, WARNING), false, true, CHAPTER, true),
			new AuthorityGrant(SubjectKind.PROBATIONARY_MEMBER, 0, 0, EnumSet.of(REPRIMAND, WARNING), false, true, CHAPTER, true),
			new AuthorityGrant(SubjectKind.FULL_MEMBER, 1, null,
					EnumSet.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION), false, false, LEVEL_ABOVE, false),
			new AuthorityGrant(SubjectKind.PROBATIONARY_MEMBER, 1, null, EnumSet.of(REPRIMAND, WARNING), false, false,
					LEVEL_ABOVE, false),
			new AuthorityGrant(SubjectKind.ORGANIZATION, 1, null, EnumSet.of(REPRIMAND, WARNING, DISSOLUTION), false, false,
					ORGANIZATION, true));

	private DefaultAuthority() {
	}
}
