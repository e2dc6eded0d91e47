package vn.xdd.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
 * Classification through /api/v1 as an integrator scripts it: open, propose, vote, appraise,
 * decide, publish, read the report and the member's results; and the refusals an attacker meets —
 * a change without its reason, a stale version, a NUL byte, an overlong text, another committee's
 * ids, a plain member — each a problem document with its status, nothing written.
 */
@XddIntegrationTest
class ClassificationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long chapter;

	RequestPostProcessor officer;

	final int year = Fixtures.today().getYear();

	@BeforeEach
	void officerOfTheCommittee() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng bộ API xếp loại " + Fixtures.unique("k"));
		chapter = members.chapter(committee, "Chi bộ API xếp loại " + Fixtures.unique("c"));
		String username = Fixtures.unique("btc");
		Fixtures.CreatedUser user = fixtures.activeUser(username, Role.ORGANIZATION_BOARD, committee);
		fixtures.grant(user.id(), Role.LEADERSHIP, committee);
		officer = Fixtures.as(username, Fixtures.CHANGED_PASSWORD);
	}

	@Test
	void aRoundScriptedThroughTheApi() throws Exception {
		long member = members.member(chapter, "Đinh Văn Lực");
		String opened = call(post("/api/v1/classification/rounds"), Map.of("unitId", committee, "year", year), officer, 201);
		long round = Fixtures.number(opened, "$.id");
		String page = call(get("/api/v1/classification/rounds/" + round), null, officer, 200);
		List<Integer> ids = JsonPath.read(page, "$.subjects[?(@.name == 'Đinh Văn Lực')].id");
		long subject = ids.get(0);
		List<Integer> chapterIds = JsonPath.read(page, "$.subjects[?(@.kind == 'ORGANIZATION')].id");
		long chapterSubject = chapterIds.get(0);

		String self = "{\"level\":\"EXCELLENT\",\"points\":{\"POLITICS\":10,\"DISCIPLINE\":10,\"STYLE\":10,\"TASKS\":65},"
				+ "\"tasksTotal\":10,\"tasksDone\":10,\"tasksOnTime\":10,\"tasksExceeded\":4,\"tasksBehind\":0,\"note\":\"Tự nhận xét\","
				+ "\"version\":" + version(subject) + "}";
		raw(post("/api/v1/classification/subjects/" + subject + "/self-assessment"), self, officer, 204);
		String detail = call(get("/api/v1/classification/subjects/" + subject), null, officer, 200);
		assertThat(Fixtures.number(detail, "$.subject.score")).isEqualTo(95);
		List<Object> excellentAllowed = JsonPath.read(detail, "$.gates[?(@.level == 'EXCELLENT')].allowed");
		assertThat(excellentAllowed).isNotEmpty();

		call(post("/api/v1/classification/subjects/" + subject + "/comments"),
				Map.of("comment", "Nhất trí", "votesFor", 5, "votesAgainst", 0, "version", version(subject)), officer, 204);
		// a change without its reason: 400, in Vietnamese, nothing written
		String refused = call(post("/api/v1/classification/subjects/" + subject + "/appraisal"),
				Map.of("level", "GOOD", "version", version(subject)), officer, 400);
		assertThat(JsonPath.<String>read(refused, "$.detail")).contains("lý do");
		assertThat(stage(subject)).isEqualTo("COMMENTED");
		// a NUL byte and an overlong reason: 400, nothing written
		call(post("/api/v1/classification/subjects/" + subject + "/appraisal"),
				Map.of("level", "GOOD", "reason", "lý\u0000do", "version", version(subject)), officer, 400);
		call(post("/api/v1/classification/subjects/" + subject + "/appraisal"),
				Map.of("level", "GOOD", "reason", "x".repeat(3000), "version", version(subject)), officer, 400);
		assertThat(stage(subject)).isEqualTo("COMMENTED");
		// alone in his chapter, excellent is over the quota: flagged, kept only with the reason of an exception
		String quota = call(get("/api/v1/classification/subjects/" + subject), null, officer, 200);
		List<String> keys = JsonPath.read(quota, "$.gates[?(@.level == 'EXCELLENT')].failures[*].key");
		assertThat(keys).containsExactly("classification.gate.quota");
		call(post("/api/v1/classification/subjects/" + subject + "/appraisal"),
				Map.of("level", "EXCELLENT", "version", version(subject)), officer, 400);
		// a stale version: 409
		call(post("/api/v1/classification/subjects/" + subject + "/appraisal"), Map.of("level", "EXCELLENT",
				"overruleReason", "Thành tích nổi trội: sáng kiến cấp tỉnh", "version", version(subject) - 1), officer, 409);
		call(post("/api/v1/classification/subjects/" + subject + "/appraisal"), Map.of("level", "EXCELLENT",
				"overruleReason", "Thành tích nổi trội: sáng kiến cấp tỉnh", "version", version(subject)), officer, 204);
		// a level the API does not know: 400
		call(post("/api/v1/classification/subjects/" + subject + "/decision"),
				Map.of("level", "SUPERB", "version", version(subject)), officer, 400);
		raw(post("/api/v1/classification/subjects/" + chapterSubject + "/self-assessment"),
				"{\"level\":\"GOOD\",\"points\":{\"POLITICS\":9,\"ORGANIZATION\":9,\"LEADERSHIP\":8,\"TASKS\":60},\"tasksTotal\":5,"
						+ "\"tasksDone\":5,\"tasksOnTime\":5,\"tasksExceeded\":1,\"tasksBehind\":0,\"version\":"
						+ version(chapterSubject) + "}", officer, 204);
		call(post("/api/v1/classification/subjects/" + chapterSubject + "/comments"),
				Map.of("comment", "Tập thể nhất trí", "version", version(chapterSubject)), officer, 204);
		call(post("/api/v1/classification/subjects/" + chapterSubject + "/appraisal"),
				Map.of("level", "GOOD", "version", version(chapterSubject)), officer, 204);
		String decided = call(post("/api/v1/classification/rounds/" + round + "/decisions"), null, officer, 200);
		assertThat(Fixtures.number(decided, "$.decided")).isEqualTo(2);
		call(post("/api/v1/classification/rounds/" + round + "/publication"), null, officer, 204);
		call(post("/api/v1/classification/rounds/" + round + "/publication"), null, officer, 400);

		String report = call(get("/api/v1/classification/rounds/" + round + "/report"), null, officer, 200);
		List<Integer> excellent = JsonPath.read(report, "$.table[?(@.kind == 'MEMBER')].counts.EXCELLENT");
		assertThat(excellent).containsExactly(1);
		String results = call(get("/api/v1/classification/members/" + member + "/results"), null, officer, 200);
		assertThat(JsonPath.<String>read(results, "$[0].label")).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(Fixtures.number(results, "$[0].year")).isEqualTo(year);

		// a result of a year the member belonged to no chapter of the tree is refused (400), nothing written
		call(post("/api/v1/classification/results"), Map.of("memberId", member, "year", 2012, "level", "GOOD"), officer, 400);
	}

	@Test
	void anotherCommitteeAndAPlainMemberAreRefused() throws Exception {
		members.member(chapter, "Lý Văn Ngoài");
		long round = Fixtures.number(call(post("/api/v1/classification/rounds"), Map.of("unitId", committee, "year", year - 1),
				officer, 201), "$.id");
		long other = members.committee("Đảng bộ API khác " + Fixtures.unique("o"));
		String otherName = Fixtures.unique("btc2");
		fixtures.activeUser(otherName, Role.ORGANIZATION_BOARD, other);
		RequestPostProcessor outsider = Fixtures.as(otherName, Fixtures.CHANGED_PASSWORD);
		String problem = call(get("/api/v1/classification/rounds/" + round), null, outsider, 404);
		assertThat(problem).contains("status");
		call(post("/api/v1/classification/rounds/" + round + "/publication"), null, outsider, 404);
		call(post("/api/v1/classification/rounds"), Map.of("unitId", committee, "year", year - 2), outsider, 404);
		call(get("/api/v1/classification/rounds/999999999"), null, officer, 404);
		call(post("/api/v1/classification/rounds"), Map.of("unitId", committee, "year", 99999), officer, 400);
		String plainName = Fixtures.unique("dv");
		fixtures.activeUser(plainName, Role.MEMBER, chapter);
		RequestPostProcessor plain = Fixtures.as(plainName, Fixtures.CHANGED_PASSWORD);
		call(get("/api/v1/classification/rounds").param("unit", Long.toString(chapter)), null, plain, 403);
		call(post("/api/v1/classification/rounds"), Map.of("unitId", chapter, "year", year - 3), plain, 403);
	}

	int version(long subject) {
		return jdbc.sql("select version from classification_subject where id = ?").param(subject).query(Integer.class).single();
	}

	String stage(long subject) {
		return jdbc.sql("select stage from classification_subject where id = ?").param(subject).query(String.class).single();
	}

	String call(MockHttpServletRequestBuilder request, Map<String, ?> body, RequestPostProcessor who, int expected)
			throws Exception {
		return raw(request, body == null ? null : MemberFixtures.json(body), who, expected);
	}

	String raw(MockHttpServletRequestBuilder request, String body, RequestPostProcessor who, int expected) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MvcResult result = mvc.perform(request.with(who)).andReturn();
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as("%s answered %s", request, text).isEqualTo(expected);
		return text;
	}
}
