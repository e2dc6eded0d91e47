package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * The discipline API as an attacker and an integrator meet it: every refusal a Vietnamese problem
 * document with the right status, nothing half-written; two editors deciding at once get one
 * decision; the effects query answers what a decision bars.
 */
@XddIntegrationTest
class DisciplineApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long chapter;

	long member;

	RequestPostProcessor inspector;

	final LocalDate today = Fixtures.today();

	@BeforeEach
	void inspectorAndMember() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng bộ API Kỷ luật " + Fixtures.unique("k"));
		chapter = members.chapter(committee, "Chi bộ API " + Fixtures.unique("c"));
		member = members.member(chapter, "Kiều Văn Thử");
		String username = Fixtures.unique("ubkt");
		fixtures.activeUser(username, Role.INSPECTION, committee);
		inspector = Fixtures.as(username, Fixtures.CHANGED_PASSWORD);
	}

	@Test
	void refusalsAreVietnameseProblemsAndNothingIsWritten() throws Exception {
		long before = cases();
		String nul = call(open("a\u0000b"), 400);
		assertThat((String) JsonPath.read(nul, "$.detail")).contains("ký tự NUL");
		String overlong = call(open("x".repeat(2001)), 400);
		assertThat((String) JsonPath.read(overlong, "$.detail")).startsWith("Dữ liệu gửi lên không hợp lệ");
		String future = call(post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
			.content(body(member, today.plusDays(3), "Ngày sau")), 400);
		assertThat((String) JsonPath.read(future, "$.detail")).startsWith("Ngày lập hồ sơ");
		assertThat(cases()).isEqualTo(before);

		String page = call(get("/api/v1/discipline/cases").param("unit", Long.toString(committee))
			.param("page", "99999999999"), 400);
		assertThat((String) JsonPath.read(page, "$.detail")).isEqualTo("Tham số \"page\" có giá trị không đúng kiểu hoặc quá lớn.");
		String far = call(get("/api/v1/discipline/cases").param("unit", Long.toString(committee)).param("page", "20000"), 400);
		assertThat((String) JsonPath.read(far, "$.detail")).startsWith("Số trang phải từ 1 đến");
		String missing = call(get("/api/v1/discipline/cases/" + Long.MAX_VALUE), 404);
		assertThat((String) JsonPath.read(missing, "$.detail")).startsWith("Không tìm thấy");

		long id = Fixtures.number(call(open("Hồ sơ của chi bộ"), 201), "$.summary.id");
		String plainName = Fixtures.unique("dv");
		fixtures.activeUser(plainName, Role.MEMBER, chapter);
		RequestPostProcessor plain = Fixtures.as(plainName, Fixtures.CHANGED_PASSWORD);
		MvcResult read = mvc.perform(get("/api/v1/discipline/cases/" + id).with(plain)).andReturn();
		assertThat(read.getResponse().getStatus()).isEqualTo(403);
		assertThat(read.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("không có quyền");
		MvcResult write = mvc.perform(post("/api/v1/discipline/cases/" + id + "/violations").with(plain)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"Vi phạm\",\"committedOn\":\"" + today + "\",\"category\":\"ORDINARY\"}")).andReturn();
		assertThat(write.getResponse().getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from discipline_violation where case_id = ?").param(id).query(Long.class).single())
			.isZero();
		MvcResult open = mvc.perform(open("Hồ sơ").with(plain)).andReturn();
		assertThat(open.getResponse().getStatus()).as("the committee lies outside a member's scope").isEqualTo(404);
		assertThat(cases()).isEqualTo(before + 1);
	}

	@Test
	void twoEditorsDecidingAtOnceGetOneDecision() throws Exception {
		long id = Fixtures.number(call(open("Hai người cùng quyết định"), 201), "$.summary.id");
		call(post("/api/v1/discipline/cases/" + id + "/violations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"Vi phạm\",\"committedOn\":\"" + today.minusDays(20) + "\",\"category\":\"ORDINARY\"}"), 201);
		call(post("/api/v1/discipline/cases/" + id + "/proposal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"WARNING\",\"proposedOn\":\"" + today + "\"}"), 200);
		Callable<Integer> decide = () -> mvc.perform(post("/api/v1/discipline/cases/" + id + "/decision").with(inspector)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"WARNING\",\"decidedByUnitId\":" + committee + ",\"decisionNumber\":\"9-QĐ/UBKT\","
					+ "\"concludedOn\":\"" + today + "\",\"decidedOn\":\"" + today + "\",\"announcedOn\":\"" + today + "\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		String notCarried = call(post("/api/v1/discipline/cases/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"WARNING\",\"decidedByUnitId\":" + committee + ",\"concludedOn\":\"" + today
					+ "\",\"decidedOn\":\"" + today + "\",\"announcedOn\":\"" + today
					+ "\",\"bodyMembers\":9,\"votesFor\":4}"), 400);
		assertThat((String) JsonPath.read(notCarried, "$.detail")).isEqualTo(
				"Chỉ 4 trên 9 thành viên tán thành: chưa quá nửa, không thể quyết định kỷ luật.");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			answers.add(pool.submit(decide));
			answers.add(pool.submit(decide));
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 400);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from discipline_case_step where case_id = ? and action = 'DECIDE'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);

		String effects = call(get("/api/v1/discipline/members/" + member + "/effects"), 200);
		assertThat((String) JsonPath.read(effects, "$.inForce[0].form")).isEqualTo("WARNING");
		assertThat((String) JsonPath.read(effects, "$.planningBars[0].lastBarredDay"))
			.isEqualTo(today.plusMonths(36).minusDays(1).toString());
	}

	@Test
	void theCasesOfAMergedChapterStayWithItsSuccessor() throws Exception {
		long id = Fixtures.number(call(open("Hồ sơ trước hợp nhất"), 201), "$.summary.id");
		long other = members.committee("Đảng ủy xã Sau Hợp Nhất " + Fixtures.unique("h"));
		String merged = Fixtures.body(mvc.perform(post("/api/v1/org-units/merge").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceIds\":[" + chapter + "],\"newUnit\":{\"name\":\"Chi bộ hợp nhất " + Fixtures.unique("c")
					+ "\",\"type\":\"SUB_CHAPTER\",\"parentId\":" + other + "},\"from\":\"" + today
					+ "\",\"decisionRef\":\"Quyết định hợp nhất\"}")).andReturn());
		assertThat(Fixtures.number(merged, "$.id")).as(merged).isPositive();
		String successorInspector = Fixtures.unique("ubkt");
		fixtures.activeUser(successorInspector, Role.INSPECTION, other);
		RequestPostProcessor them = Fixtures.as(successorInspector, Fixtures.CHANGED_PASSWORD);
		String list = call(them, get("/api/v1/discipline/cases").param("unit", Long.toString(other)), 200);
		assertThat(JsonPath.<List<Integer>>read(list, "$.items[*].id")).containsExactly((int) id);
		call(them, get("/api/v1/discipline/cases/" + id), 200);
	}

	MockHttpServletRequestBuilder open(String summary) {
		return post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
			.content(body(member, today, summary));
	}

	String body(long subject, LocalDate on, String summary) {
		return "{\"memberId\":" + subject + ",\"openedByUnitId\":" + committee + ",\"source\":\"INSPECTION\",\"openedOn\":\""
				+ on + "\",\"summary\":\"" + summary.replace("\u0000", "\\u0000") + "\"}";
	}

	long cases() {
		return jdbc.sql("select count(*) from discipline_case where member_id = ?").param(member).query(Long.class).single();
	}

	String call(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return call(inspector, request, expected);
	}

	String call(RequestPostProcessor who, MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request.with(who)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}
}
