package vn.xdd.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.review.ShortcomingCounts;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The remediation dashboard of a committee U with two chapters: C1 (with a party cell G under it)
 * and C2 (without items). Items are written straight into the register's table, as the register's
 * own use cases would leave them; "today" is the application clock's date.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

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

	long g;

	long sibling;

	String nameU;

	String nameC1;

	String nameG;

	String leader;

	long leaderId;

	long ownOpen;

	long closedInG;

	long outside;

	@Autowired
	ShortcomingCounts counts;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		String tag = Fixtures.unique("d");
		nameU = "Đảng bộ U " + tag;
		nameC1 = "Chi bộ C1 " + tag;
		nameG = "Tổ đảng G " + tag;
		u = fixtures.createUnit(Fixtures.ROOT, nameU);
		c1 = fixtures.createUnit(u, nameC1);
		c2 = fixtures.createUnit(u, "Chi bộ C2 " + tag);
		g = fixtures.createUnit(c1, nameG);
		sibling = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ khác " + tag);
		LocalDate today = LocalDate.now(clock);
		// U's own items: one open past its deadline, one verified past its deadline.
		ownOpen = item(u, "OPEN", today.minusDays(1), "LV-CAN_BO");
		item(u, "VERIFIED", today.minusDays(1));
		// C1: in progress with today's deadline (not yet overdue); under it, G holds three more.
		item(c1, "IN_PROGRESS", today, "LV-CAN_BO", "NQ04-1.4");
		item(g, "REPORTED", today.minusDays(3));
		closedInG = item(g, "CLOSED", today.minusDays(30), "NQ04-1.4");
		item(g, "RETURNED", today.plusDays(1));
		// Not under U: counted nowhere on U's dashboard.
		outside = item(sibling, "OPEN", today.minusDays(1), "LV-CAN_BO");
		leader = Fixtures.unique("lead");
		leaderId = fixtures.activeUser(leader, Role.LEADERSHIP, u).id();
	}

	long item(long holder, String status, @Nullable LocalDate deadline, String... tags) {
		return item(holder, status, deadline, OffsetDateTime.now(clock), null, tags);
	}

	long item(long holder, String status, @Nullable LocalDate deadline, OffsetDateTime recordedAt,
			@Nullable OffsetDateTime verifiedAt, String... tags) {
		long id = jdbc.sql("""
				insert into shortcoming (source_kind, holder_kind, holder_unit_id, recorded_unit_id, text, status,
				    deadline, recorded_by, recorded_at, verified_at)
				values ('REVIEW', 'UNIT', ?, ?, ?, ?, ?, 'test', ?, ?) returning id""")
			.params(holder, holder, "Hạn chế " + Fixtures.unique("t"), status, deadline, recordedAt, verifiedAt)
			.query(Long.class)
			.single();
		for (String tag : tags) {
			jdbc.sql("insert into shortcoming_tag_link (shortcoming_id, tag_code) values (?, ?)")
				.params(id, tag)
				.update();
		}
		return id;
	}

	String api(long unit) throws Exception {
		return api(unit, Fixtures.as(leader, Fixtures.CHANGED_PASSWORD));
	}

	String api(long unit, RequestPostProcessor who) throws Exception {
		return Fixtures.body(mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(unit)).with(who))
			.andExpect(status().isOk())
			.andReturn());
	}

	String page(MockHttpSession session, long unit) throws Exception {
		return mvc.perform(get("/dashboard").param("unit", Long.toString(unit)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static long n(String json, String path) {
		return Fixtures.number(json, path);
	}

	@Test
	void eachChildRowRollsUpItsSubtreeAndTheTotalCountsTheWholeSubtree() throws Exception {
		String json = api(u);
		assertThat(n(json, "$.own.figures.total")).isEqualTo(2);
		assertThat(n(json, "$.own.figures.open")).isEqualTo(1);
		assertThat(n(json, "$.own.figures.verified")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(json, "$.own.subtree")).isFalse();

		List<Object> childIds = JsonPath.read(json, "$.children[*].unitId");
		assertThat(childIds).containsExactlyInAnyOrder((int) c1, (int) c2);
		String c1Row = "$.children[?(@.unitId == " + c1 + ")].figures.";
		// G's three items count under C1, with C1's own one.
		assertThat(JsonPath.<List<Object>>read(json, c1Row + "total")).containsExactly(4);
		assertThat(JsonPath.<List<Object>>read(json, c1Row + "inProgress")).containsExactly(1);
		assertThat(JsonPath.<List<Object>>read(json, c1Row + "reported")).containsExactly(1);
		assertThat(JsonPath.<List<Object>>read(json, c1Row + "verified")).containsExactly(1);
		assertThat(JsonPath.<List<Object>>read(json, c1Row + "returned")).containsExactly(1);

		assertThat(n(json, "$.total.total")).isEqualTo(6);
		assertThat(n(json, "$.total.verified")).isEqualTo(2);

		// One level down, C1's own item is apart from G's.
		String down = api(c1);
		assertThat(n(down, "$.own.figures.total")).isEqualTo(1);
		assertThat(JsonPath.<List<Object>>read(down, "$.children[?(@.unitId == " + g + ")].figures.total"))
			.containsExactly(3);
	}

	@Test
	void overdueCountsOnlyItemsPastTheirDeadlineAndNotVerified() throws Exception {
		String json = api(u);
		// U: the open item past its deadline is overdue, the verified one is not.
		assertThat(n(json, "$.own.figures.overdue")).isEqualTo(1);
		// C1: today's deadline is not yet past, tomorrow's neither, the closed one is remedied;
		// only G's reported item, three days late, is overdue.
		assertThat(JsonPath.<List<Object>>read(json, "$.children[?(@.unitId == " + c1 + ")].figures.overdue"))
			.containsExactly(1);
		assertThat(n(json, "$.total.overdue")).isEqualTo(2);
	}

	@Test
	void percentVerifiedCountsClosedItemsAndIsAbsentForAUnitWithoutItems() throws Exception {
		String json = api(u);
		assertThat(n(json, "$.own.figures.percentVerified")).isEqualTo(50);
		assertThat(JsonPath.<List<Object>>read(json, "$.children[?(@.unitId == " + c1 + ")].figures.percentVerified"))
			.containsExactly(25);
		assertThat(JsonPath.<List<Object>>read(json, "$.children[?(@.unitId == " + c2 + ")].figures.percentVerified"))
			.containsExactly((Object) null);
		assertThat(n(json, "$.total.percentVerified")).isEqualTo(33);
	}

	@Test
	void tagsCountTheSubtreeOnly() throws Exception {
		String json = api(u);
		assertThat(JsonPath.<List<Object>>read(json, "$.tags[?(@.code == 'LV-CAN_BO')].figures.total"))
			.containsExactly(2);
		assertThat(JsonPath.<List<Object>>read(json, "$.tags[?(@.code == 'NQ04-1.4')].figures.verified"))
			.containsExactly(1);
		assertThat(JsonPath.<List<Object>>read(json, "$.tags[?(@.code == 'NQ04-1.4')].label"))
			.containsExactly("Vi phạm nguyên tắc tổ chức; né tránh trách nhiệm; làm việc hình thức, qua loa");
	}

	@Test
	void pageShowsEveryFigureAsALinkToTheItemsItCounts() throws Exception {
		MockHttpSession session = fixtures.login(leader, Fixtures.CHANGED_PASSWORD);
		String html = page(session, u);
		String own = row(html, "row-own");
		assertThat(own).contains(nameU + " (trực tiếp)");
		assertThat(figure(own, "total")).isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=false", "2"));
		assertThat(figure(own, "open"))
			.isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=false&status=OPEN", "1"));
		assertThat(figure(own, "overdue"))
			.isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=false&overdue=true", "1"));
		assertThat(percent(own)).isEqualTo("50%");

		String child = row(html, "row-" + c1);
		assertThat(child).contains("href=\"/dashboard?unit=" + c1 + "\">" + nameC1 + "</a>");
		assertThat(figure(child, "total")).isEqualTo(new Figure("/shortcomings?unit=" + c1 + "&subtree=true", "4"));
		assertThat(figure(child, "inProgress"))
			.isEqualTo(new Figure("/shortcomings?unit=" + c1 + "&subtree=true&status=IN_PROGRESS", "1"));
		assertThat(figure(child, "reported"))
			.isEqualTo(new Figure("/shortcomings?unit=" + c1 + "&subtree=true&status=REPORTED", "1"));
		assertThat(figure(child, "verified")).isEqualTo(
				new Figure("/shortcomings?unit=" + c1 + "&subtree=true&status=VERIFIED", "1"));
		assertThat(figure(child, "returned"))
			.isEqualTo(new Figure("/shortcomings?unit=" + c1 + "&subtree=true&status=RETURNED", "1"));
		assertThat(figure(child, "overdue"))
			.isEqualTo(new Figure("/shortcomings?unit=" + c1 + "&subtree=true&overdue=true", "1"));
		assertThat(percent(child)).isEqualTo("25%");
		assertThat(percent(row(html, "row-" + c2))).isEqualTo("—");

		String total = row(html, "row-total");
		assertThat(figure(total, "total")).isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=true", "6"));
		assertThat(figure(total, "overdue"))
			.isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=true&overdue=true", "2"));

		String tag = row(html, "row-tag-LV-CAN_BO");
		assertThat(figure(tag, "total"))
			.isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=true&tag=LV-CAN_BO", "2"));
		assertThat(figure(tag, "open"))
			.isEqualTo(new Figure("/shortcomings?unit=" + u + "&subtree=true&tag=LV-CAN_BO&status=OPEN", "1"));

		// The charts' data travel in attributes for app.js: C1's bar has 1 in progress.
		assertThat(html).contains("data-chart=\"stacked\"").contains("data-chart=\"line\"");
	}

	@Test
	void breadcrumbLeadsBackUpWithinTheScopeOnly() throws Exception {
		MockHttpSession session = fixtures.login(leader, Fixtures.CHANGED_PASSWORD);
		String html = page(session, g);
		Matcher trail = Pattern.compile("data-testid=\"dashboard-trail\">(.*?)</ol>", Pattern.DOTALL).matcher(html);
		assertThat(trail.find()).isTrue();
		assertThat(trail.group(1)).contains("href=\"/dashboard?unit=" + u + "\">" + nameU + "<")
			.contains("href=\"/dashboard?unit=" + c1 + "\">" + nameC1 + "<")
			.contains("aria-current=\"page\">" + nameG + "<")
			.doesNotContain("unit=" + Fixtures.ROOT + "\"");
		// Without a unit, the page shows the unit the user works in.
		String home = mvc.perform(get("/dashboard").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Fixtures.testId(home, "dashboard-unit")).contains(nameU);
	}

	@Test
	void aUserOfOneChapterCannotSeeAnothersFigures() throws Exception {
		String user = Fixtures.unique("chap");
		fixtures.activeUser(user, Role.SECRETARY, c2);
		MockHttpSession session = fixtures.login(user, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/dashboard").param("unit", Long.toString(c1)).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(c1))
			.with(Fixtures.as(user, Fixtures.CHANGED_PASSWORD))).andExpect(status().isNotFound());
		// Nor the figures of the committee above.
		mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(u))
			.with(Fixtures.as(user, Fixtures.CHANGED_PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/dashboard").param("unit", Long.toString(c2)).session(session)).andExpect(status().isOk());
	}

	@Test
	void trendCountsRecordedVerifiedAndOpenItemsPerMonth() throws Exception {
		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ T " + Fixtures.unique("t"));
		YearMonth now = YearMonth.now(clock);
		// Recorded fourteen months ago and still open: open at the end of every month shown.
		item(unit, "OPEN", null, midMonth(now.minusMonths(14)), null);
		// Recorded two months ago, verified last month.
		item(unit, "VERIFIED", null, midMonth(now.minusMonths(2)), midMonth(now.minusMonths(1)));
		// Recorded this month.
		item(unit, "OPEN", null, midMonth(now), null);

		String json = api(unit, Fixtures.admin());
		List<String> months = JsonPath.read(json, "$.trend[*].month");
		assertThat(months).hasSize(12).endsWith(now.toString()).startsWith(now.minusMonths(11).toString());
		assertThat(JsonPath.<List<Integer>>read(json, "$.trend[*].recorded"))
			.containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1);
		assertThat(JsonPath.<List<Integer>>read(json, "$.trend[*].verified"))
			.containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
		assertThat(JsonPath.<List<Integer>>read(json, "$.trend[*].openAtEnd"))
			.containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2);
	}

	@Test
	void figuresOfGivenItemsLeaveOutItemsOutsideTheScope() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new XddUserPrincipal(leaderId, leader, leader, false), null, List.of()));
		try {
			ShortcomingTally tally = counts.ofItems(
					List.of(new ShortcomingId(ownOpen), new ShortcomingId(closedInG), new ShortcomingId(outside)));
			assertThat(tally.total()).isEqualTo(2);
			assertThat(tally.open()).isEqualTo(1);
			assertThat(tally.verified()).isEqualTo(1);
			assertThat(tally.overdue()).isEqualTo(1);
			assertThat(tally.percentVerified()).hasValue(50);
			assertThat(counts.ofItems(List.of(new ShortcomingId(outside)))).isEqualTo(ShortcomingTally.NONE);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	OffsetDateTime midMonth(YearMonth month) {
		return month.atDay(10).atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
	}

	record Figure(String href, String value) {
	}

	static String row(String html, String testId) {
		Matcher m = Pattern.compile("<tr data-testid=\"" + Pattern.quote(testId) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(m.find()).as("row %s", testId).isTrue();
		return m.group(1);
	}

	static Figure figure(String row, String name) {
		Matcher m = Pattern.compile("<a data-figure=\"" + name + "\"[^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>")
			.matcher(row);
		assertThat(m.find()).as("figure %s", name).isTrue();
		return new Figure(m.group(1).replace("&amp;", "&"), m.group(2));
	}

	static String percent(String row) {
		Matcher m = Pattern.compile("data-figure=\"percent\">([^<]*)<").matcher(row);
		assertThat(m.find()).as("percent").isTrue();
		return m.group(1);
	}
}
