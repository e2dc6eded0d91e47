package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
 * Discipline notes are sensitive: a member sees his own decided cases on his record and nothing
 * else (not a case still under review, not another member's), and his record page loads the history.
 */
@XddIntegrationTest
class OwnDisciplineTest {

	@Autowired
	MockMvc mvc;

	final LocalDate today = Fixtures.today();

	@Test
	void aMemberSeesOnlyHisOwnDecidedCases() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng ủy Riêng Tư " + Fixtures.unique("r"));
		long chapter = members.chapter(committee, "Chi bộ Riêng Tư " + Fixtures.unique("c"));
		long self = members.member(chapter, "Tạ Văn Mình");
		long other = members.member(chapter, "Tạ Văn Khác");
		String inspectorName = Fixtures.unique("ubkt");
		fixtures.activeUser(inspectorName, Role.INSPECTION, committee);
		RequestPostProcessor inspector = Fixtures.as(inspectorName, Fixtures.CHANGED_PASSWORD);
		long decided = decidedCase(inspector, committee, self);
		long open = Fixtures.number(call(inspector, post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
			.content(opening(self, committee)), 201), "$.summary.id");
		long others = decidedCase(inspector, committee, other);

		String username = Fixtures.unique("dv");
		members.postJson("/api/v1/users", Map.of("username", username, "fullName", "Tạ Văn Mình", "password",
				Fixtures.INITIAL_PASSWORD, "role", "MEMBER", "unitId", chapter, "memberId", self), 201);
		MockHttpSession session = fixtures.loginChangingPassword(username);

		String history = page(session, get("/discipline/members/" + self), 200);
		assertThat(history).contains("/discipline/" + decided).doesNotContain("/discipline/" + open + "\"");
		assertThat(page(session, get("/discipline/" + decided), 200)).contains("Tạ Văn Mình")
			.doesNotContain("data-testid=\"violation-form\"").doesNotContain("data-testid=\"complaint-form\"");
		page(session, get("/discipline/" + open), 403);
		page(session, get("/discipline/" + others), 403);
		page(session, get("/discipline/members/" + other), 403);
		assertThat(page(session, get("/members/" + self), 200)).contains("data-testid=\"discipline-history-slot\"");
	}

	long decidedCase(RequestPostProcessor who, long committee, long member) throws Exception {
		long id = Fixtures.number(call(who, post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
			.content(opening(member, committee)), 201), "$.summary.id");
		call(who, post("/api/v1/discipline/cases/" + id + "/violations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"Vi phạm\",\"committedOn\":\"" + today.minusDays(30) + "\",\"category\":\"ORDINARY\"}"),
				201);
		call(who, post("/api/v1/discipline/cases/" + id + "/proposal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"REPRIMAND\",\"proposedOn\":\"" + today + "\"}"), 200);
		call(who, post("/api/v1/discipline/cases/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":\"REPRIMAND\",\"decidedByUnitId\":" + committee + ",\"decisionNumber\":\"3-QĐ/ĐU\","
					+ "\"concludedOn\":\"" + today + "\",\"decidedOn\":\"" + today + "\",\"announcedOn\":\"" + today + "\"}"),
				200);
		return id;
	}

	String opening(long member, long committee) {
		return "{\"memberId\":" + member + ",\"openedByUnitId\":" + committee + ",\"source\":\"INSPECTION\",\"openedOn\":\""
				+ today.minusDays(10) + "\",\"summary\":\"Vi phạm\"}";
	}

	String call(RequestPostProcessor who, MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request.with(who)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}

	String page(MockHttpSession session, MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request.session(session)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}
}
