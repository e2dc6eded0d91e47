package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.xdd.remediation.domain.ReportDecisions.Decision;
import vn.xdd.remediation.domain.ReportDecisions.Roles;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province → district → chapter. The district issued the plan; the chapter reports on its task.
 * A role held at a unit also counts at the units below it, as {@code AccessScope.hasRoleAt} does.
 */
class OnlyIssuingLevelVerifiesTest {

	static final OrgUnitId PROVINCE = new OrgUnitId(1);

	static final OrgUnitId DISTRICT = new OrgUnitId(10);

	static final OrgUnitId CHAPTER = new OrgUnitId(100);

	static final Map<OrgUnitId, List<OrgUnitId>> ANCESTORS_AND_SELF = Map.of(PROVINCE, List.of(PROVINCE), DISTRICT,
			List.of(DISTRICT, PROVINCE), CHAPTER, List.of(CHAPTER, DISTRICT, PROVINCE));

	final OnlyIssuingLevelVerifies rule = new OnlyIssuingLevelVerifies();

	static Roles holding(Role role, OrgUnitId at) {
		return (r, unit) -> r == role && ANCESTORS_AND_SELF.get(unit).contains(at);
	}

	/** A decision on the chapter's report, by {@code user} holding {@code roles}. */
	static Decision onChapterReport(String user, Roles roles) {
		return decision(DISTRICT, CHAPTER, DISTRICT, "chapter-secretary", user, roles);
	}

	static Decision decision(OrgUnitId issuing, OrgUnitId reporting, @Nullable OrgUnitId parent, String author,
			String user, Roles roles) {
		return new Decision(issuing, reporting, parent, author, ReportStatus.SUBMITTED, user, roles, null);
	}

	@Test
	void theDistrictStandingCommitteeVerifiesAChaptersReport() {
		assertThat(rule.check(onChapterReport("district-leader", holding(Role.LEADERSHIP, DISTRICT))).isAllowed())
			.isTrue();
	}

	@Test
	void theDistrictOrganisationBoardAndInspectionCommitteeMayVerifyToo() {
		assertThat(rule.check(onChapterReport("board", holding(Role.ORGANIZATION_BOARD, DISTRICT))).isAllowed()).isTrue();
		assertThat(rule.check(onChapterReport("inspector", holding(Role.INSPECTION, DISTRICT))).isAllowed()).isTrue();
	}

	@Test
	void theChapterSecretaryCannotVerifyTheChaptersOwnReport() {
		assertThat(rule.check(onChapterReport("chapter-secretary", holding(Role.SECRETARY, CHAPTER))))
			.isEqualTo(RuleResult.forbidden("plan.error.notVerifier"));
	}

	@Test
	void theChaptersOwnStandingCommitteeCannotVerifyEither() {
		assertThat(rule.check(onChapterReport("chapter-leader", holding(Role.LEADERSHIP, CHAPTER))).isRefused()).isTrue();
	}

	@Test
	void whenTheIssuerReportsItselfTheIssuingLevelCannotVerifyItsOwnReport() {
		assertThat(rule.check(decision(DISTRICT, DISTRICT, PROVINCE, "district-office", "district-leader",
				holding(Role.LEADERSHIP, DISTRICT))).isRefused()).isTrue();
	}

	@Test
	void theProvinceAboveTheIssuerMayVerifyTheIssuersOwnReport() {
		assertThat(rule.check(decision(DISTRICT, DISTRICT, PROVINCE, "district-office", "province-board",
				holding(Role.ORGANIZATION_BOARD, PROVINCE))).isAllowed()).isTrue();
	}

	@Test
	void theAuthorOfAReportNeverVerifiesIt() {
		assertThat(rule.check(decision(DISTRICT, CHAPTER, DISTRICT, "district-leader", "district-leader",
				holding(Role.LEADERSHIP, DISTRICT))).isRefused()).isTrue();
	}

	@Test
	void otherRolesOfTheIssuingLevelCannotVerify() {
		assertThat(rule.check(onChapterReport("office", holding(Role.OFFICE, DISTRICT))).isRefused()).isTrue();
		assertThat(rule.check(onChapterReport("secretary", holding(Role.SECRETARY, DISTRICT))).isRefused()).isTrue();
	}

	@Test
	void aReportOfARootUnitHasNobodyAboveToVerifyIt() {
		assertThat(rule.check(decision(PROVINCE, PROVINCE, null, "province-office", "admin", (r, u) -> true))
			.isRefused()).isTrue();
	}

	@Test
	void theChapterCannotReturnItsOwnReportEvenWithAReason() {
		assertThat(ReportDecisions.RETURN
			.check(onChapterReport("x", holding(Role.SECRETARY, CHAPTER)).because("lý do")))
			.isEqualTo(RuleResult.forbidden("plan.error.notVerifier"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
