package vn.xdd.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's table "by remediation plan": a committee U with chapters C1 and C2 and a sibling
 * committee S. Plan P1 of C1 addresses four of C1's items in four stages; plan PU of U addresses one
 * of U's items and one of S's (which U's users may not see); plan PS of S. Items and links are
 * written straight into the tables, as the register's and the plan's use cases would leave them.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPlansTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Fixtures fixtures;

	long u;

	long c1;

	long c2;

	long s;

	long p1;

	long pu;

	long ps;

	String leader;

	/** Makes the plans: the organisation board of the root (administrators do not issue plans). */
	String planner;

	String numberP1;

	long reportedItem;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		String tag = Fixtures.unique("dp");
		u = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ U " + tag);
		c1 = fixtures.createUnit(u, "Chi bộ C1 " + tag);
		c2 = fixtures.createUnit(u, "Chi bộ C2 " + tag);
		s = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ S " + tag);
		LocalDate today = LocalDate.now(clock);
		long inProgress = item(c1, "IN_PROGRESS", today);
		reportedItem = item(c1, "REPORTED", today.minusDays(3));
		long closed = item(c1, "CLOSED", today.minusDays(30));
		long returned = item(c1, "RETURNED", today.plusDays(1));
		long ownOpen = item(u, "OPEN", today.minusDays(1));
		long outside = item(s, "OPEN", today.minusDays(1));
		planner = Fixtures.unique("planner");
		fixtures.activeUser(planner, Role.ORGANIZATION_BOARD, Fixtures.ROOT);
		numberP1 = Fixtures.unique("01") + "-KH/CB";
		p1 = plan(c1, numberP1, inProgress, reportedItem, closed, returned);
		pu = plan(u, Fixtures.unique("02") + "-KH/ĐU", ownOpen, outside);
		ps = plan(s, Fixtures.unique("03") + "-KH/ĐU", outside);
		leader = Fixtures.unique("lead");
		fixtures.activeUser(leader, Role.LEADERSHIP, u);
	}

	long item(long holder, String status, LocalDate deadline) {
		return jdbc.sql("""
				insert into shortcoming (source_kind, holder_kind, holder_unit_id, recorded_unit_id, text, status,
				    deadline, recorded_by, recorded_at)
				values ('REVIEW', 'UNIT', ?, ?, ?, ?, ?, 'test', now()) returning id""")
			.params(holder, holder, "Hạn chế " + Fixtures.unique("t"), status, deadline)
			.query(Long.class)
			.single();
	}

	/** A draft plan of the unit made through the API, with one task addressing the given items. */
	long plan(long unit, String number, long... items) throws Exception {
		var admin = Fixtures.as(planner, Fixtures.CHANGED_PASSWORD);
		long plan = Fixtures.number(Fixtures.body(mvc.perform(post("/api/v1/plans").with(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + unit + ",\"numberSymbol\":\"" + number + "\",\"issuedOn\":\"2025-01-30\","
					+ "\"title\":\"Kế hoạch khắc phục hạn chế, khuyết điểm\",\"templateCode\":\"NQ12-3\"}"))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
		long group = Fixtures.number(Fixtures.body(mvc.perform(get("/api/v1/plans/" + plan).with(admin))
			.andExpect(status().isOk())
			.andReturn()), "$.groups[0].id");
		long task = Fixtures.number(Fixtures.body(mvc.perform(post("/api/v1/plans/" + plan + "/tasks").with(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"groupId\":" + group + ",\"text\":\"Nâng cao chất lượng sinh hoạt\",\"shortcomings\":[],"
					+ "\"leadUnitId\":" + unit + ",\"deadline\":\"" + LocalDate.now(clock).plusMonths(3)
					+ "\",\"recurrence\":\"NONE\",\"expectedOutput\":\"Biên bản\"}"))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
		for (long item : items) {
			jdbc.sql("insert into plan_task_shortcoming (task_id, shortcoming_id) values (?, ?)")
				.params(task, item)
				.update();
		}
		return plan;
	}

	String api(long unit) throws Exception {
		return Fixtures.body(mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(unit))
			.with(Fixtures.as(leader, Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
	}

	static long n(String json, String path) {
		return Fixtures.number(json, path);
	}

	@Test
	void aPlansFiguresAreTheStatusesOfTheItemsItsTasksAddress() throws Exception {
		String json = api(u);
		String p = "$.plans[?(@.planId == " + p1 + ")].figures.";
		assertThat(JsonPath.<List<Integer>>read(json, p + "total")).containsExactly(4);
		assertThat(JsonPath.<List<Integer>>read(json, p + "open")).containsExactly(0);
		assertThat(JsonPath.<List<Integer>>read(json, p + "inProgress")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(json, p + "reported")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(json, p + "verified")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(json, p + "returned")).containsExactly(1);
		// Only the reported item is past its deadline: the closed one is remedied, the others not yet due.
		assertThat(JsonPath.<List<Integer>>read(json, p + "overdue")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(json, p + "percentVerified")).containsExactly(25);
		assertThat(JsonPath.<List<String>>read(json, "$.plans[?(@.planId == " + p1 + ")].numberSymbol"))
			.containsExactly(numberP1);

		// A stage change of an item shows in its plan's figures.
		jdbc.sql("update shortcoming set status = 'VERIFIED' where id = ?").param(reportedItem).update();
		try {
			String after = api(u);
			assertThat(JsonPath.<List<Integer>>read(after, p + "verified")).containsExactly(2);
			assertThat(JsonPath.<List<Integer>>read(after, p + "reported")).containsExactly(0);
			assertThat(JsonPath.<List<Integer>>read(after, p + "overdue")).containsExactly(0);
			assertThat(JsonPath.<List<Integer>>read(after, p + "percentVerified")).containsExactly(50);
		}
		finally {
			jdbc.sql("update shortcoming set status = 'REPORTED' where id = ?").param(reportedItem).update();
		}
	}

	@Test
	void onlyPlansOfTheUnitsSubtreeAndOnlyItemsInTheScopeAreCounted() throws Exception {
		String json = api(u);
		List<Number> plans = JsonPath.read(json, "$.plans[*].planId");
		assertThat(plans.stream().map(Number::longValue)).containsExactlyInAnyOrder(p1, pu);
		// PU addresses one of U's items and one of S's: U's leader is shown U's only.
		String p = "$.plans[?(@.planId == " + pu + ")].figures.";
		assertThat(JsonPath.<List<Integer>>read(json, p + "total")).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(json, p + "open")).containsExactly(1);

		// C2's dashboard lists neither C1's nor U's plan.
		assertThat(JsonPath.<List<Object>>read(api(c2), "$.plans")).isEmpty();
		// C1's lists its own.
		List<Number> ofC1 = JsonPath.read(api(c1), "$.plans[*].planId");
		assertThat(ofC1.stream().map(Number::longValue)).containsExactly(p1);

		// The root administrator sees S's plan on S's dashboard, with S's item counted.
		String ofS = Fixtures.body(mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(s))
			.with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
		assertThat(JsonPath.<List<Integer>>read(ofS, "$.plans[?(@.planId == " + ps + ")].figures.total"))
			.containsExactly(1);
	}

	@Test
	void thePageLinksEachPlanAndItsFiguresToThePlansListOfItsItemsWithTheirStatus() throws Exception {
		MockHttpSession session = fixtures.login(leader, Fixtures.CHANGED_PASSWORD);
		String html = mvc.perform(get("/dashboard").param("unit", Long.toString(u)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Theo kế hoạch khắc phục").contains("data-testid=\"dashboard-plans\"");
		String row = DashboardTest.row(html, "row-plan-" + p1);
		assertThat(row).contains("href=\"/plans/" + p1 + "\">" + numberP1 + "<");
		for (String name : List.of("total", "open", "inProgress", "reported", "verified", "returned", "overdue")) {
			assertThat(DashboardTest.figure(row, name).href()).isEqualTo("/plans/" + p1 + "#shortcomings");
		}
		assertThat(DashboardTest.figure(row, "total").value()).isEqualTo("4");
		assertThat(DashboardTest.figure(row, "returned").value()).isEqualTo("1");
		assertThat(DashboardTest.percent(row)).isEqualTo("25%");

		// Where the figures lead: the plan's four items, each with its status and a link to it.
		String plan = mvc.perform(get("/plans/" + p1).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(plan).contains("id=\"shortcomings\"").contains("data-testid=\"linked-shortcomings\"");
		String table = plan.substring(plan.indexOf("data-testid=\"linked-shortcomings\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table.split("<tr data-status=", -1)).hasSize(5);
		assertThat(table).contains("data-status=\"IN_PROGRESS\"", "data-status=\"REPORTED\"", "data-status=\"CLOSED\"",
				"data-status=\"RETURNED\"");
		assertThat(table).contains("href=\"/shortcomings/" + reportedItem + "\"");
	}
}
