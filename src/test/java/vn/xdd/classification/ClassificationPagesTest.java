package vn.xdd.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * The classification pages as the committee's organisation board and standing committee use them:
 * open the round, enter a member's self-assessment by criteria, vote, appraise (a change without
 * its reason is refused with the reason in Vietnamese), decide all, publish, read the report and its
 * Excel, the member's record; the administrator corrects a rule set's setting; a plain member is
 * refused.
 */
@XddIntegrationTest
class ClassificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long chapter;

	MockHttpSession officer;

	final int year = Fixtures.today().getYear();

	@BeforeEach
	void boardSignedIn() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng bộ Trang xếp loại " + Fixtures.unique("k"));
		chapter = members.chapter(committee, "Chi bộ Trang xếp loại " + Fixtures.unique("c"));
		String username = Fixtures.unique("btc");
		Fixtures.CreatedUser user = fixtures.createUser(username, Role.ORGANIZATION_BOARD, committee);
		fixtures.grant(user.id(), Role.LEADERSHIP, committee);
		officer = fixtures.loginChangingPassword(username);
	}

	@Test
	void aRoundFromOpeningToThePublishedReport() throws Exception {
		long member = members.member(chapter, "Hoàng Văn Nghĩa");
		assertThat(page(get("/classification").param("unit", Long.toString(committee)), 200))
			.contains("data-testid=\"nav-classification\"").contains("data-testid=\"open-round\"");
		MvcResult opened = mvc.perform(as(post("/classification/rounds")).param("unit", Long.toString(committee))
			.param("year", Integer.toString(year))
			.param("selfDeadline", LocalDate.of(year, 12, 20).toString())).andReturn();
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		String roundUrl = opened.getResponse().getRedirectedUrl();
		assertThat(roundUrl).startsWith("/classification/rounds/");
		String round = page(get(roundUrl), 200);
		assertThat(round).contains("Hoàng Văn Nghĩa").contains("data-testid=\"tracker-row\"").contains("hạn tự đánh giá 20/12/" + year);
		long subject = idAfter(round, "Hoàng Văn Nghĩa");

		String subjectPage = page(get("/classification/subjects/" + subject), 200);
		assertThat(subjectPage).contains("data-testid=\"self-form\"").contains("data-testid=\"gate-row\"")
			.contains("Kết quả thực hiện nhiệm vụ được giao");
		// points above a criterion's maximum: refused, in Vietnamese, nothing stored
		assertThat(page(self(subject, "75"), 400)).contains("Điểm tiêu chí ‘Kết quả thực hiện nhiệm vụ được giao’ phải từ 0 đến 70");
		redirected(self(subject, "62"));
		assertThat(page(get("/classification/subjects/" + subject), 200)).contains("data-testid=\"score\">92<");
		redirected(as(post("/classification/subjects/" + subject + "/comments")).param("comment", "Chi bộ nhất trí")
			.param("votesFor", "7").param("votesAgainst", "0").param("version", version(subject)));
		assertThat(page(as(post("/classification/subjects/" + subject + "/appraisal")).param("level", "GOOD")
			.param("reason", "").param("overruleReason", "").param("version", version(subject)), 400))
			.contains("phải ghi rõ lý do thay đổi");
		redirected(as(post("/classification/subjects/" + subject + "/appraisal")).param("level", "GOOD")
			.param("reason", "Hạ từ hoàn thành xuất sắc xuống hoàn thành tốt nhiệm vụ: chưa có sáng kiến")
			.param("overruleReason", "").param("version", version(subject)));
		// a stale version: the second editor is told, nothing lost
		assertThat(page(as(post("/classification/subjects/" + subject + "/appraisal")).param("level", "COMPLETED")
			.param("reason", "khác").param("overruleReason", "").param("version", "0"), 409)).contains("người khác cập nhật");

		String chapterSubject = Long.toString(idAfter(page(get(roundUrl), 200), "Chi bộ Trang xếp loại"));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/self")).param("level", "GOOD")
			.param("points.POLITICS", "9").param("points.ORGANIZATION", "9").param("points.LEADERSHIP", "8")
			.param("points.TASKS", "60").param("tasksTotal", "8").param("tasksDone", "8").param("tasksOnTime", "8")
			.param("tasksExceeded", "1").param("tasksBehind", "0").param("note", "")
			.param("version", version(Long.parseLong(chapterSubject))));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/comments")).param("comment", "Tập thể biểu quyết")
			.param("version", version(Long.parseLong(chapterSubject))));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/appraisal")).param("level", "GOOD")
			.param("reason", "").param("overruleReason", "").param("version", version(Long.parseLong(chapterSubject))));

		assertThat(page(get(roundUrl), 200)).as("publication waits for the decisions")
			.doesNotContain("data-testid=\"publish\"").contains("data-testid=\"decide-all\"");
		MvcResult decided = mvc.perform(as(post(roundUrl + "/decisions"))).andReturn();
		assertThat(decided.getResponse().getStatus()).isEqualTo(302);
		assertThat(page(get(roundUrl), 200)).contains("Đã quyết định xếp loại 2 đối tượng.").contains("data-testid=\"publish\"");
		MvcResult published = mvc.perform(as(post(roundUrl + "/publication"))).andReturn();
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo(roundUrl + "/report");
		String report = page(get(roundUrl + "/report"), 200);
		assertThat(report).contains("data-testid=\"classification-table\"").contains("Hoàng Văn Nghĩa")
			.contains("chưa có sáng kiến").contains("kết quả đã công bố");
		// each count opens the subjects behind it
		Matcher drill = Pattern.compile("href=\"(/classification/rounds/\\d+\\?level=GOOD&amp;kind=MEMBER[^\"]*)\"").matcher(report);
		assertThat(drill.find()).as("a drill-down link from the members' good count").isTrue();
		String behind = page(get(drill.group(1).replace("&amp;", "&")), 200);
		assertThat(behind).contains("data-testid=\"level-filter\"").contains("Hoàng Văn Nghĩa")
			.doesNotContain("/classification/subjects/" + chapterSubject + "\"");
		MvcResult xlsx = mvc.perform(as(get(roundUrl + "/report.xlsx"))).andExpect(status().isOk()).andReturn();
		assertThat(xlsx.getResponse().getContentType()).contains("spreadsheetml");
		assertThat(xlsx.getResponse().getContentAsByteArray()).hasSizeGreaterThan(2000);

		assertThat(page(get("/classification/members/" + member), 200)).contains("data-testid=\"result-row\"")
			.contains(Integer.toString(year)).contains("Hoàn thành tốt nhiệm vụ");
		assertThat(page(get("/members/" + member), 200)).contains("data-testid=\"classification-results-slot\"");
		// a published round takes no more steps: the page offers only the redo
		String after = page(get("/classification/subjects/" + subject), 200);
		assertThat(after).doesNotContain("data-testid=\"appraisal-form\"").contains("data-testid=\"redo-form\"");
	}

	@Test
	void theAdministratorCorrectsASettingAndItIsAudited() throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		assertThat(page(get("/classification/settings"), 200)).contains("Quy định 366-QĐ/TW").doesNotContain("data-testid=\"save-QD366_2025\"");
		String version = jdbc.sql("select version from classification_rule_set where code = 'QD366_2025'").query(String.class).single();
		MvcResult saved = mvc.perform(post("/classification/settings/QD366_2025").session(admin).with(csrf())
			.param("excellentMinScore", "90").param("goodMinScore", "70").param("completedMinScore", "50")
			.param("exceededMinPercent", "30").param("behindMaxPercent", "20").param("minMonthsAdmitted", "6")
			.param("earlierShortcomingsGate", "true").param("quotaEnabled", "true").param("quotaPercent", "20")
			.param("version", version)).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'CLASSIFICATION_RULE_SET' and record_id = 'QD366_2025'")
			.query(Long.class).single()).isPositive();
		MvcResult refused = mvc.perform(post("/classification/settings/QD366_2025").session(admin).with(csrf())
			.param("excellentMinScore", "60").param("goodMinScore", "70").param("completedMinScore", "50")
			.param("quotaPercent", "20").param("quotaEnabled", "true")
			.param("version", jdbc.sql("select version from classification_rule_set where code = 'QD366_2025'").query(String.class).single()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Ngưỡng điểm phải tăng dần");
		assertThat(jdbc.sql("select excellent_min_score from classification_rule_set where code = 'QD366_2025'").query(Integer.class).single())
			.isEqualTo(90);
	}

	@Test
	void aPlainMemberHasNoMenuEntryAndIsRefused() throws Exception {
		String username = Fixtures.unique("dv");
		fixtures.createUser(username, Role.MEMBER, chapter);
		MockHttpSession plain = fixtures.loginChangingPassword(username);
		assertThat(mvc.perform(get("/").session(plain)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("data-testid=\"nav-classification\"");
		mvc.perform(get("/classification").param("unit", Long.toString(chapter)).session(plain)).andExpect(status().isForbidden());
	}

	MockHttpServletRequestBuilder self(long subject, String tasks) throws Exception {
		return as(post("/classification/subjects/" + subject + "/self")).param("level", "EXCELLENT")
			.param("points.POLITICS", "10").param("points.DISCIPLINE", "10").param("points.STYLE", "10")
			.param("points.TASKS", tasks).param("tasksTotal", "10").param("tasksDone", "10").param("tasksOnTime", "10")
			.param("tasksExceeded", "3").param("tasksBehind", "0").param("stateLevel", "").param("note", "Tự nhận xét")
			.param("version", version(subject));
	}

	String version(long subject) {
		return jdbc.sql("select version from classification_subject where id = ?").param(subject).query(String.class).single();
	}

	/** The id of the first subject link whose text starts with {@code name}. */
	static long idAfter(String html, String name) {
		Matcher m = Pattern.compile("/classification/subjects/(\\d+)\">" + Pattern.quote(name)).matcher(html);
		assertThat(m.find()).as("a link to %s", name).isTrue();
		return Long.parseLong(m.group(1));
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.session(officer).with(csrf());
	}

	String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(as(request)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as("%s answered %s", request, body).isEqualTo(expected);
		return body;
	}

	void redirected(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(as(request)).andReturn();
		assertThat(result.getResponse().getStatus())
			.as("%s answered %s", request, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}
}
