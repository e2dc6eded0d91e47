package vn.xdd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;

/** The demonstration province a newcomer gets with {@code --demo}. */
@SpringBootTest(args = "--demo")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTest {

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demoData;

	@Test
	void theDistrictLevelEndsOnThe30thOfJune2025AndCommunesStartTheNextDay() {
		List<OrgUnitSummary> all = units.subtrees(List.of(units.roots().get(0).id()));
		OrgUnitSummary district = all.stream().filter(u -> u.name().equals("Huyện ủy Hữu Lũng")).findFirst().orElseThrow();
		assertThat(district.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(all.stream().filter(u -> u.typeCode().equals("COMMUNE_COMMITTEE")))
			.hasSize(20)
			.allSatisfy(c -> assertThat(c.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1)))
			.allSatisfy(c -> assertThat(c.parentId()).isEqualTo(units.roots().get(0).id()));
		assertThat(all.stream().filter(u -> u.activeOn(LocalDate.of(2013, 1, 30))).map(OrgUnitSummary::name))
			.contains("Huyện ủy Hữu Lũng", "Đảng bộ xã Hòa Lạc", "Đảng bộ xã Minh Sơn")
			.doesNotContain("Đảng ủy xã Hòa Lạc");
		assertThat(all.stream().filter(u -> u.activeOn(LocalDate.of(2026, 1, 1))).map(OrgUnitSummary::name))
			.contains("Đảng ủy xã Hòa Lạc")
			.doesNotContain("Huyện ủy Hữu Lũng", "Đảng bộ xã Minh Sơn");
		assertThat(all.stream().filter(u -> u.typeCode().equals("SUB_CHAPTER") || u.typeCode().equals("GRASSROOTS_CHAPTER")))
			.hasSizeBetween(150, 170);
		long members = jdbc.sql("select count(*) from member").query(Long.class).single();
		assertThat(members).isBetween(4_500L, 5_500L);
		assertThat(jdbc.sql("select count(*) from org_event where kind = 'MERGE'").query(Long.class).single()).isEqualTo(20);
	}

	@Test
	void everyRoleHasADemoAccountThatNeedsNoPasswordChange() throws Exception {
		List<String> roles = jdbc.sql("""
				select distinct g.role from app_user u join user_grant g on g.user_id = u.id
				where u.username like 'demo.%' and not u.must_change_password""").query(String.class).list();
		assertThat(roles).containsExactlyInAnyOrder("ADMIN", "LEADERSHIP", "ORGANIZATION_BOARD", "INSPECTION",
				"PROPAGANDA", "OFFICE", "SECRETARY", "MEMBER");
		mvc.perform(get("/api/v1/org-units").with(httpBasic("demo.bithu", DemoData.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].type").value("SUB_CHAPTER"));
	}

	@Test
	void theSeedingIsInTheAuditTrailUnderTheAdministrator() {
		long lines = jdbc.sql("select count(*) from audit_event where actor = 'admin' and action = 'CREATE'")
			.query(Long.class)
			.single();
		assertThat(lines).isGreaterThan(5_000);
	}

	@Test
	void theRemediationLoopIsShownWithRecordsEnteredByTheAccountsWhoseRolesAllowIt() throws Exception {
		assertThat(jdbc.sql("select created_by from review_campaign where name = ?")
			.param("Kiểm điểm tự phê bình và phê bình năm 2025")
			.query(String.class)
			.list()).containsExactly("demo.bantochuc");
		assertThat(jdbc.sql("select count(*) from review where submitted_at is not null and created_by = 'demo.bithu'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select distinct status from shortcoming").query(String.class).list())
			.contains("OPEN", "REPORTED", "VERIFIED");
		assertThat(jdbc.sql("select count(*) from shortcoming where source_kind = 'INSPECTION'").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select p.status || '/' || p.created_by || '/' || count(distinct t.unit_id) || '/'
				       || count(distinct t.acknowledged_by) || '/' || count(distinct r.percent)
				from remediation_plan p
				join plan_target t on t.plan_id = p.id
				join plan_task k on k.plan_id = p.id
				join progress_report r on r.task_id = k.id and r.reported_by = 'demo.bithu' and r.percent = 50
				where p.number_symbol = '42a-KH/TU'
				group by p.status, p.created_by""").query(String.class).list())
			.containsExactly("ISSUED/demo.thuongtruc/2/1/1");
		mvc.perform(get("/api/v1/dashboard").param("unit", "1").with(httpBasic("admin", "Admin12345")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.total.verified").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.total.reported").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.total.overdue").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void theInspectionCommitteesCasesCoverTheLifeOfADecision() {
		assertThat(jdbc.sql("""
				select status || coalesce('/' || form, '') || coalesce('/' || closing_reason, '') from discipline_case
				where created_by = 'demo.ubkt' order by id""").query(String.class).list())
			.containsExactly("DECIDED/WARNING", "LAPSED/REPRIMAND", "COMPLAINT_PENDING/WARNING", "DECIDED/REPRIMAND",
					"CLOSED/LIMITATION_EXPIRED", "UNDER_REVIEW");
		assertThat(jdbc.sql("select count(*) from discipline_case where organization_id is not null and form is not null")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void classificationHasLastYearsPublishedRoundShapedLikeTheProvinceAndThisYearsInProgress() {
		int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		assertThat(jdbc.sql("select status from classification_round where year = ?").param(thisYear - 1)
			.query(String.class).list()).containsExactly("PUBLISHED");
		assertThat(jdbc.sql("select status from classification_round where year = ?").param(thisYear)
			.query(String.class).list()).containsExactly("OPEN");
		java.util.Map<String, Long> levels = new java.util.HashMap<>();
		jdbc.sql("select level, count(*) from classification_result where year = ? and kind = 'MEMBER' group by level")
			.param(thisYear - 1)
			.query(rs -> {
				levels.put(rs.getString(1), rs.getLong(2));
			});
		long total = levels.values().stream().mapToLong(Long::longValue).sum();
		assertThat(total).isGreaterThan(150);
		assertThat(levels.get("EXCELLENT") * 100.0 / total).isBetween(6.0, 20.0);
		assertThat(levels.get("GOOD") * 100.0 / total).isBetween(60.0, 85.0);
		assertThat(levels).containsKey("NOT_COMPLETED");
		// the appraisal changed some proposals, each with its reason; the previous year was entered from the records
		assertThat(jdbc.sql("""
				select count(*) from classification_subject s join classification_round r on r.id = s.round_id
				where r.year = ? and s.appraisal_level <> s.self_level and s.appraisal_reason <> ''""")
			.param(thisYear - 1).query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from classification_result where year = ? and source = 'IMPORTED'")
			.param(thisYear - 2).query(Long.class).single()).isPositive();
		// this year: the accounts' chapter is self-assessed, part of it appraised
		assertThat(jdbc.sql("""
				select count(*) from classification_subject s join classification_round r on r.id = s.round_id
				where r.year = ? and s.stage = 'APPRAISED'""").param(thisYear).query(Long.class).single()).isPositive();
	}

	@Test
	void aSecondStartDoesNotSeedAgain() throws Exception {
		long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		demoData.run(new DefaultApplicationArguments("--demo"));
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
	}
}
