package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * The QUYẾT ĐỊNH thi hành kỷ luật: a decision entered without a number is previewed, issued through
 * the numbering register, and the case takes the register's number; the .docx read back has the
 * header with the number and the date in words, the grounds, Điều 1 with the form and the person.
 */
@XddIntegrationTest
class DecisionDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = Fixtures.today();

	@Test
	void theDecisionIsIssuedThroughTheRegisterAndItsDocxReadsBack() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MemberFixtures members = new MemberFixtures(mvc);
		String committeeName = "Đảng ủy xã Quyết Thắng " + Fixtures.unique("q");
		long committee = members.committee(committeeName);
		long chapter = members.chapter(committee, "Chi bộ thôn Nà Sầm " + Fixtures.unique("c"));
		long member = members.member(chapter, "Nông Văn Quyết");
		String leader = Fixtures.unique("thuongtruc");
		fixtures.activeUser(leader, Role.LEADERSHIP, committee);
		RequestPostProcessor who = Fixtures.as(leader, Fixtures.CHANGED_PASSWORD);

		long id = Fixtures.number(call(who, post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\":" + member + ",\"openedByUnitId\":" + committee + ",\"source\":\"INSPECTION\","
					+ "\"openedOn\":\"" + today.minusDays(30) + "\",\"summary\":\"Vi phạm quy định\"}"), 201), "$.summary.id");
		call(who, post("/api/v1/discipline/cases/" + id + "/violations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"Tự ý bỏ sinh hoạt chi bộ\",\"committedOn\":\"" + today.minusDays(60)
					+ "\",\"category\":\"ORDINARY\",\"ruleBreached\":\"Điều lệ Đảng, Điều 8\"}"), 201);
		call(who, post("/api/v1/discipline/cases/" + id + "/proposal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"WARNING\",\"proposedOn\":\"" + today.minusDays(5) + "\"}"), 200);
		String decided = call(who, post("/api/v1/discipline/cases/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"WARNING\",\"decidedByUnitId\":" + committee + ",\"concludedOn\":\"" + today.minusDays(2)
					+ "\",\"decidedOn\":\"" + today.minusDays(2) + "\",\"announcedOn\":\"" + today.minusDays(1)
					+ "\",\"bodyMembers\":7,\"votesFor\":5,\"votesAgainst\":1,\"signatory\":\"Lê Văn Ký\"}"), 200);
		Object none = JsonPath.read(decided, "$.summary.decisionNumber");
		assertThat(none).isNull();

		MockHttpSession session = fixtures.login(leader, Fixtures.CHANGED_PASSWORD);
		assertThat(page(session, get("/discipline/" + id))).contains("/documents/discipline/" + id + "/preview")
			.contains("chưa cấp số");
		String preview = page(session, get("/documents/discipline/" + id + "/preview"));
		assertThat(preview).contains("QUYẾT ĐỊNH").contains("về việc thi hành kỷ luật đối với đảng viên Nông Văn Quyết")
			.contains("CẢNH CÁO").contains("data-testid=\"issue-document\"").contains("value=\"DISCIPLINE_DECISION\"");

		mvc.perform(post("/documents/settings/terms").session(session)
			.with(csrf())
			.param("unit", Long.toString(committee))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16"));
		String issued = call(who, post("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"DISCIPLINE_DECISION\",\"sourceId\":" + id + ",\"issuedOn\":\"" + today + "\"}"), 201);
		String number = JsonPath.read(issued, "$.numberSymbol");
		assertThat(number).startsWith("01-QĐ/");
		assertThat(jdbc.sql("select decision_number from discipline_case where id = ?").param(id).query(String.class).single())
			.isEqualTo(number);

		byte[] docx = mvc.perform(get("/api/v1/documents/" + Fixtures.number(issued, "$.id") + "/file").param("format", "docx")
			.with(who)).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var header = word.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).contains("Số " + number);
			assertThat(header.getRow(0).getCell(1).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
				.containsPattern("ngày 0?" + today.getDayOfMonth() + " tháng 0?" + today.getMonthValue() + " năm " + today.getYear());
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("QUYẾT ĐỊNH").contains("về việc thi hành kỷ luật đối với đảng viên Nông Văn Quyết")
				.contains("Căn cứ Điều lệ Đảng Cộng sản Việt Nam").contains("Quy định 69-QĐ/TW")
				.contains("Điều 1. Thi hành kỷ luật bằng hình thức CẢNH CÁO đối với đảng viên Nông Văn Quyết (sinh năm 1985")
				.contains("Tự ý bỏ sinh hoạt chi bộ").contains("Điều 3.")
				.contains("(5/7 thành viên biểu quyết tán thành)");
			String tables = word.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
			assertThat(text + tables).as("the signature names who signed").contains("Lê Văn Ký");
		}
		assertThat(page(session, get("/discipline/" + id))).contains(number).doesNotContain("chưa cấp số");
		assertThat(page(session, get("/documents/discipline/" + id + "/preview"))).contains("Quyết định đã có số " + number)
			.doesNotContain("data-testid=\"issue-document\"");

		// The results report of the committee cites the figure, from the same cases.
		String report = mvc.perform(post("/documents/reports").session(session)
			.with(csrf())
			.param("unitId", Long.toString(committee))
			.param("periodFrom", today.minusMonths(1).toString())
			.param("periodTo", today.toString())).andReturn().getResponse().getRedirectedUrl();
		assertThat(page(session, get(report))).contains("Trong kỳ, " + committeeName
				+ " đã thi hành kỷ luật đảng đối với 1 đảng viên (1 cảnh cáo).");
	}

	String call(RequestPostProcessor who, MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request.with(who)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}

	String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.session(session)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
		return body;
	}
}
