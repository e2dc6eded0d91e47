package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.domain.OnlyIssuingLevelVerifies.Report;
import vn.xdd.remediation.domain.OnlyIssuingLevelVerifies.Roles;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

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

	static Roles holding(Role role, OrgUnitId at) {
		return (r, unit) -> r == role && ANCESTORS_AND_SELF.get(unit).contains(at);
	}

	static final Report CHAPTER_REPORT = new Report(DISTRICT, CHAPTER, DISTRICT, "chapter-secretary");

	@Test
	void theDistrictStandingCommitteeVerifiesAChaptersReport() {
		Verdict verdict = OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "district-leader",
				holding(Role.LEADERSHIP, DISTRICT));

		assertThat(verdict.allowed()).isTrue();
	}

	@Test
	void theDistrictOrganisationBoardAndInspectionCommitteeMayVerifyToo() {
		assertThat(OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "board", holding(Role.ORGANIZATION_BOARD, DISTRICT))
			.allowed()).isTrue();
		assertThat(OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "inspector", holding(Role.INSPECTION, DISTRICT))
			.allowed()).isTrue();
	}

	@Test
	void theChapterSecretaryCannotVerifyTheChaptersOwnReport() {
		Verdict verdict = OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "chapter-secretary",
				holding(Role.SECRETARY, CHAPTER));

		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo("plan.error.notVerifier");
	}

	@Test
	void theChaptersOwnStandingCommitteeCannotVerifyEither() {
		assertThat(OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "chapter-leader", holding(Role.LEADERSHIP, CHAPTER))
			.allowed()).isFalse();
	}

	@Test
	void whenTheIssuerReportsItselfTheIssuingLevelCannotVerifyItsOwnReport() {
		Report districtReport = new Report(DISTRICT, DISTRICT, PROVINCE, "district-office");

		Verdict verdict = OnlyIssuingLevelVerifies.mayDecide(districtReport, "district-leader",
				holding(Role.LEADERSHIP, DISTRICT));

		assertThat(verdict.allowed()).isFalse();
	}

	@Test
	void theProvinceAboveTheIssuerMayVerifyTheIssuersOwnReport() {
		Report districtReport = new Report(DISTRICT, DISTRICT, PROVINCE, "district-office");

		assertThat(OnlyIssuingLevelVerifies.mayDecide(districtReport, "province-board",
				holding(Role.ORGANIZATION_BOARD, PROVINCE)).allowed()).isTrue();
	}

	@Test
	void theAuthorOfAReportNeverVerifiesIt() {
		Report writtenByDistrictUser = new Report(DISTRICT, CHAPTER, DISTRICT, "district-leader");

		assertThat(OnlyIssuingLevelVerifies.mayDecide(writtenByDistrictUser, "district-leader",
				holding(Role.LEADERSHIP, DISTRICT)).allowed()).isFalse();
	}

	@Test
	void otherRolesOfTheIssuingLevelCannotVerify() {
		assertThat(OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "office", holding(Role.OFFICE, DISTRICT))
			.allowed()).isFalse();
		assertThat(OnlyIssuingLevelVerifies.mayDecide(CHAPTER_REPORT, "secretary", holding(Role.SECRETARY, DISTRICT))
			.allowed()).isFalse();
	}

	@Test
	void aReportOfARootUnitHasNobodyAboveToVerifyIt() {
		Report provinceReport = new Report(PROVINCE, PROVINCE, null, "province-office");

		assertThat(OnlyIssuingLevelVerifies.mayDecide(provinceReport, "admin", (r, u) -> true).allowed()).isFalse();
	}

	@Test
	void aReturnWithoutReasonIsRefused() {
		Roles districtLeader = holding(Role.LEADERSHIP, DISTRICT);

		Verdict blank = OnlyIssuingLevelVerifies.mayReturn(CHAPTER_REPORT, "district-leader", districtLeader, "  ");
		Verdict none = OnlyIssuingLevelVerifies.mayReturn(CHAPTER_REPORT, "district-leader", districtLeader, null);
		Verdict reasoned = OnlyIssuingLevelVerifies.mayReturn(CHAPTER_REPORT, "district-leader", districtLeader,
				"Thiếu biên bản sinh hoạt chi bộ");

		assertThat(blank.allowed()).isFalse();
		assertThat(blank.reasonKey()).isEqualTo("plan.error.returnReasonRequired");
		assertThat(none.allowed()).isFalse();
		assertThat(reasoned.allowed()).isTrue();
	}

	@Test
	void theChapterCannotReturnItsOwnReportEvenWithAReason() {
		assertThat(OnlyIssuingLevelVerifies.mayReturn(CHAPTER_REPORT, "x", holding(Role.SECRETARY, CHAPTER), "lý do")
			.reasonKey()).isEqualTo("plan.error.notVerifier");
	}
}
