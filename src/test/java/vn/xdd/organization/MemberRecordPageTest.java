package vn.xdd.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's page (/members/{id}) and the record form: who sees ethnicity and religion, the READ
 * line of every opening, the own record of a member, two edits from one version, the violations
 * next to their fields, the rules of status changes and transfers, and the history shown.
 */
@XddIntegrationTest
class MemberRecordPageTest {

	static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	record Place(long committee, long chapter, long otherChapter) {
	}

	Place place() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Hồ sơ " + Fixtures.unique("r"));
		return new Place(committee, members.chapter(committee, "Chi bộ Một " + Fixtures.unique("c")),
				members.chapter(committee, "Chi bộ Hai " + Fixtures.unique("c")));
	}

	/** The page's text with character references resolved (Thymeleaf writes "â" in attributes as "&amp;acirc;"). */
	static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(Fixtures.body(result));
	}

	String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return text(mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn());
	}

	MockHttpSession userOf(Role role, long unit) throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		String username = Fixtures.unique(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		fixtures.createUser(username, role, unit);
		return fixtures.loginChangingPassword(username);
	}

	long readLines(long memberId) {
		return jdbc.sql("select count(*) from audit_event where action = 'READ' and record_type = 'MEMBER' and record_id = ?")
			.param(Long.toString(memberId))
			.query(Long.class)
			.single();
	}

	String column(long memberId, String column) {
		return jdbc.sql("select " + column + "::text from member where id = ?").param(memberId).query(String.class).list().get(0);
	}

	@Test
	void ethnicityAndReligionAreShownOnlyToRolesAllowedToSeeThem() throws Exception {
		Place place = place();
		long id = new MemberFixtures(mvc).member(place.chapter(), "Lò Văn Piềng", f -> {
			f.put("ethnicity", "Thái");
			f.put("religion", "Phật giáo");
		});
		for (Role role : List.of(Role.SECRETARY, Role.OFFICE, Role.INSPECTION)) {
			MockHttpSession session = userOf(role, place.committee());
			String html = page(get("/members/" + id), session);
			assertThat(html).as(role.name()).contains("Lò Văn Piềng")
				.doesNotContain("Thái")
				.doesNotContain("Phật giáo")
				.doesNotContain("Dân tộc")
				.doesNotContain("Tôn giáo")
				.doesNotContain("data-testid=\"edit-member\"");
			// Nor a filter by ethnicity on the list.
			assertThat(page(get("/members").param("unit", Long.toString(place.committee())), session))
				.doesNotContain("f-ethnicity");
		}
		MockHttpSession board = userOf(Role.ORGANIZATION_BOARD, place.committee());
		String html = page(get("/members/" + id), board);
		assertThat(Fixtures.testId(html, "field-ethnicity")).isEqualTo("Thái");
		assertThat(Fixtures.testId(html, "field-religion")).isEqualTo("Phật giáo");
		assertThat(html).contains("Dân tộc").contains("Tôn giáo").contains("data-testid=\"edit-member\"");
		String list = page(get("/members").param("unit", Long.toString(place.committee())), board);
		assertThat(list).contains("id=\"f-ethnicity\"").contains("<option value=\"Thái\">Thái</option>");
		assertThat(page(get("/members").param("unit", Long.toString(place.committee())).param("ethnicity", "Kinh"), board))
			.doesNotContain("Lò Văn Piềng");
	}

	@Test
	void everyOpeningOfARecordLeavesAReadLineWhoeverOpensIt() throws Exception {
		Place place = place();
		long id = new MemberFixtures(mvc).member(place.chapter(), "Hà Văn Sinh");
		assertThat(readLines(id)).isZero();
		page(get("/members/" + id), userOf(Role.SECRETARY, place.committee()));
		assertThat(readLines(id)).isEqualTo(1);
		page(get("/members/" + id), userOf(Role.ORGANIZATION_BOARD, place.chapter()));
		assertThat(readLines(id)).isEqualTo(2);
		page(get("/members/" + id + "/edit"), new Fixtures(mvc).adminSession());
		assertThat(readLines(id)).isEqualTo(3);
		String actor = jdbc.sql("select actor from audit_event where action = 'READ' and record_id = ? order by id desc limit 1")
			.param(Long.toString(id))
			.query(String.class)
			.single();
		assertThat(actor).isEqualTo(Fixtures.ADMIN);
		// The list shows names, not records: no READ line for it.
		page(get("/members").param("unit", Long.toString(place.chapter())), new Fixtures(mvc).adminSession());
		assertThat(readLines(id)).isEqualTo(3);
	}

	@Test
	void aMemberOpensTheirOwnRecordAndNoOther() throws Exception {
		Place place = place();
		MemberFixtures members = new MemberFixtures(mvc);
		long own = members.member(place.chapter(), "Tạ Thị Thu", f -> f.put("sex", "FEMALE"));
		long other = members.member(place.chapter(), "Tạ Văn Tâm");
		Fixtures fixtures = new Fixtures(mvc);
		String username = Fixtures.unique("own");
		members.postJson("/api/v1/users", Map.of("username", username, "fullName", "Tạ Thị Thu", "password",
				Fixtures.INITIAL_PASSWORD, "role", "MEMBER", "unitId", place.chapter(), "memberId", own), 201);
		MockHttpSession session = fixtures.loginChangingPassword(username);

		String home = page(get("/"), session);
		assertThat(home).contains("href=\"/members/" + own + "\" data-testid=\"nav-own-record\"")
			.doesNotContain("data-testid=\"nav-members\"");
		String html = page(get("/members/" + own), session);
		assertThat(Fixtures.testId(html, "member-full-name")).isEqualTo("Tạ Thị Thu");
		assertThat(html).doesNotContain("data-testid=\"status-form\"");
		assertThat(readLines(own)).isEqualTo(1);
		mvc.perform(get("/members/" + other).session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/members/" + own).with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/members/" + other).with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(readLines(other)).isZero();
	}

	MockHttpServletRequestBuilder editPost(long id, int version, String residence, String phone) {
		return post("/members/" + id + "/edit").with(csrf())
			.param("version", Integer.toString(version))
			.param("fullName", "Quách Văn Tuấn")
			.param("birthDate", "1985-03-01")
			.param("sex", "MALE")
			.param("admittedOn", "2015-03-01")
			.param("fullMemberOn", "2016-03-01")
			.param("residence", residence)
			.param("phone", phone);
	}

	@Test
	void twoEditsFromTheSameVersionTheSecondIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Place place = place();
		long id = new MemberFixtures(mvc).member(place.chapter(), "Quách Văn Tuấn");
		MockHttpSession first = new Fixtures(mvc).adminSession();
		MockHttpSession second = userOf(Role.ORGANIZATION_BOARD, place.committee());
		String form = page(get("/members/" + id + "/edit"), first);
		assertThat(form).contains("name=\"version\" value=\"0\"");
		page(get("/members/" + id + "/edit"), second);

		mvc.perform(editPost(id, 0, "Xóm Trại, xã Hữu Lũng", "0912345678").session(first))
			.andExpect(redirectedUrl("/members/" + id))
			.andExpect(flash().attribute("notice", "member.updated"));
		String before = column(id, "residence") + "|" + column(id, "phone") + "|" + column(id, "version");
		assertThat(before).isEqualTo("Xóm Trại, xã Hữu Lũng|0912345678|1");

		MvcResult refused = mvc.perform(editPost(id, 0, "Thôn Đồng Tâm", "0987654321").session(second))
			.andExpect(status().isConflict())
			.andReturn();
		String html = text(refused);
		assertThat(html).contains("Bản ghi vừa được người khác cập nhật. Hãy tải lại và nhập lại thay đổi của bạn.")
			.contains("value=\"Thôn Đồng Tâm\"")
			.contains("value=\"0987654321\"")
			.contains("name=\"version\" value=\"0\"");
		assertThat(column(id, "residence") + "|" + column(id, "phone") + "|" + column(id, "version")).isEqualTo(before);
	}

	@Test
	void eachBrokenRuleIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		Place place = place();
		long id = new MemberFixtures(mvc).member(place.chapter(), "Kim Văn Dũng");
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		String html = text(mvc.perform(post("/members/" + id + "/edit").session(admin)
			.with(csrf())
			.param("version", "0")
			.param("fullName", "")
			.param("birthDate", "1985-03-01")
			.param("sex", "MALE")
			.param("admittedOn", "2015-03-01")
			.param("fullMemberOn", "2016-03-01")
			.param("partyCardNo", "1234")
			.param("citizenId", "12ab")
			.param("residence", "Bản Nà Phặc")).andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(html, "error-fullName")).isEqualTo("Bắt buộc phải có.");
		assertThat(Fixtures.testId(html, "error-partyCardNo")).isEqualTo("Số thẻ đảng viên phải gồm đúng 8 chữ số.");
		assertThat(Fixtures.testId(html, "error-citizenId")).isEqualTo("Số CCCD phải gồm đúng 12 chữ số.");
		assertThat(Fixtures.testId(html, "error-birthDate")).isNull();
		assertThat(html).contains("Hồ sơ đảng viên chưa hợp lệ; chưa lưu gì.").contains("value=\"Bản Nà Phặc\"");
		assertThat(column(id, "full_name")).isEqualTo("Kim Văn Dũng");
		assertThat(column(id, "residence")).isNull();
		assertThat(column(id, "version")).isEqualTo("0");

		// A date the browser did not check is refused as a date, and what was typed stays.
		String badDate = text(mvc.perform(post("/members/" + id + "/edit").session(admin)
			.with(csrf())
			.param("version", "0")
			.param("fullName", "Kim Văn Dũng")
			.param("birthDate", "31/02/1985")
			.param("sex", "MALE")
			.param("admittedOn", "2015-03-01")
			.param("fullMemberOn", "2016-03-01")).andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(badDate, "error-birthDate")).isEqualTo("Ngày không hợp lệ.");
		assertThat(badDate).contains("value=\"31/02/1985\"");
	}

	@Test
	void aNewMemberIsRegisteredThroughTheForm() throws Exception {
		Place place = place();
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		String form = page(get("/members/new").param("chapter", Long.toString(place.chapter())), admin);
		assertThat(form).contains("<option value=\"" + place.chapter() + "\" selected=\"selected\"");
		String refused = page(post("/members/new").with(csrf())
			.param("chapterId", Long.toString(place.chapter()))
			.param("fullName", "Mạc Thị Xuân")
			.param("sex", "FEMALE")
			.param("admittedOn", "2020-05-19"), admin);
		assertThat(Fixtures.testId(refused, "error-birthDate")).isEqualTo("Bắt buộc phải có.");
		assertThat(refused).contains("value=\"Mạc Thị Xuân\"");
		MvcResult created = mvc.perform(post("/members/new").session(admin)
			.with(csrf())
			.param("chapterId", Long.toString(place.chapter()))
			.param("fullName", "MẠC THỊ XUÂN")
			.param("birthDate", "1995-07-02")
			.param("sex", "FEMALE")
			.param("admittedOn", "2020-05-19")
			.param("decisionRef", "45-QĐ/ĐU")).andExpect(flash().attribute("notice", "member.created")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/members/\\d+");
		String html = page(get(location), admin);
		assertThat(Fixtures.testId(html, "member-full-name")).isEqualTo("Mạc Thị Xuân");
		assertThat(Fixtures.testId(html, "member-status")).isEqualTo("Dự bị");
		assertThat(Fixtures.testId(html, "review-due")).isEqualTo("Đến hạn xét chính thức");
		assertThat(html).contains("45-QĐ/ĐU");
		// A reader without the right to change records has no form.
		mvc.perform(get("/members/new").session(userOf(Role.SECRETARY, place.committee())))
			.andExpect(status().isForbidden());
	}

	@Test
	void statusChangesAndTransfersFollowTheRulesThroughThePage() throws Exception {
		Place place = place();
		MemberFixtures members = new MemberFixtures(mvc);
		LocalDate today = Fixtures.today();
		long recent = members.member(place.chapter(), "Lục Văn Vinh", f -> {
			f.put("admittedOn", today.minusMonths(6));
			f.put("fullMemberOn", null);
		});
		long due = members.member(place.chapter(), "Lục Thị Vân", f -> {
			f.put("sex", "FEMALE");
			f.put("admittedOn", today.minusMonths(13));
			f.put("fullMemberOn", null);
		});
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		assertThat(page(get("/members/" + recent), admin)).doesNotContain("data-testid=\"review-due\"");
		assertThat(Fixtures.testId(page(get("/members/" + due), admin), "review-due")).isEqualTo("Đến hạn xét chính thức");
		assertThat(page(get("/members").param("unit", Long.toString(place.chapter())), admin))
			.contains("data-testid=\"review-due\"");

		// Recognition as full member before 12 months of probation: refused with the earliest day.
		mvc.perform(post("/members/" + recent + "/status").session(admin)
			.with(csrf())
			.param("status", "FULL")
			.param("from", today.toString())).andExpect(redirectedUrl("/members/" + recent));
		String refused = page(get("/members/" + recent), admin);
		assertThat(refused).contains("Chưa hết 12 tháng dự bị: sớm nhất ngày " + today.minusMonths(6).plusMonths(12).format(VN) + ".");
		assertThat(Fixtures.testId(refused, "member-status")).isEqualTo("Dự bị");

		mvc.perform(post("/members/" + due + "/status").session(admin)
			.with(csrf())
			.param("status", "FULL")
			.param("from", today.minusDays(1).toString())
			.param("decisionRef", "77-QĐ/ĐU")).andExpect(flash().attribute("notice", "member.statusChanged"));
		String full = page(get("/members/" + due), admin);
		assertThat(Fixtures.testId(full, "member-status")).isEqualTo("Chính thức");
		assertThat(Fixtures.testId(full, "field-fullMemberOn")).isEqualTo(today.minusDays(1).format(VN));
		assertThat(full).doesNotContain("data-testid=\"review-due\"");

		// A transfer dated before the start in the current chapter would overlap it: refused.
		LocalDate start = today.minusMonths(13);
		mvc.perform(post("/members/" + due + "/transfer").session(admin)
			.with(csrf())
			.param("chapterId", Long.toString(place.otherChapter()))
			.param("from", start.minusDays(1).toString())
			.param("decisionRef", "1-QĐ")).andExpect(redirectedUrl("/members/" + due))
			.andExpect(flash().attribute("problem", "member.error.transferBeforeCurrent"));
		String notMoved = page(get("/members/" + due), admin);
		assertThat(notMoved).contains("Ngày chuyển phải sau ngày bắt đầu sinh hoạt ở chi bộ hiện tại (" + start.format(VN) + ").")
			// The values typed are still in the form.
			.contains("value=\"1-QĐ\"");
		assertThat(Long.parseLong(column(due, "unit_id"))).isEqualTo(place.chapter());

		mvc.perform(post("/members/" + due + "/transfer").session(admin)
			.with(csrf())
			.param("chapterId", Long.toString(place.otherChapter()))
			.param("from", today.toString())
			.param("decisionRef", "2-QĐ")).andExpect(flash().attribute("notice", "member.transferred"));
		assertThat(Long.parseLong(column(due, "unit_id"))).isEqualTo(place.otherChapter());
	}

	@Test
	void theHistoryShowsStatusChapterAndPositionPeriods() throws Exception {
		Place place = place();
		MemberFixtures members = new MemberFixtures(mvc);
		long id = members.member(place.chapter(), "Ninh Văn Bảo");
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		mvc.perform(post("/members/" + id + "/positions").session(admin)
			.with(csrf())
			.param("title", "Phó Bí thư chi bộ")
			.param("kind", "PARTY")
			.param("unitId", Long.toString(place.chapter()))
			.param("from", "2019-01-15")
			.param("decisionRef", "8-QĐ/ĐU")).andExpect(flash().attribute("notice", "member.positionAssigned"));
		mvc.perform(post("/members/" + id + "/positions").session(admin)
			.with(csrf())
			.param("title", "Trưởng thôn")
			.param("kind", "GOVERNMENT")
			.param("unitId", Long.toString(place.committee()))
			.param("from", "2018-06-01")).andExpect(flash().attribute("notice", "member.positionAssigned"));
		long deputy = jdbc.sql("select id from member_position where member_id = ? and title = 'Phó Bí thư chi bộ'")
			.param(id)
			.query(Long.class)
			.single();
		mvc.perform(post("/members/" + id + "/positions/" + deputy + "/end").session(admin)
			.with(csrf())
			.param("lastDay", "2022-12-31")).andExpect(flash().attribute("notice", "member.positionEnded"));
		mvc.perform(post("/members/" + id + "/transfer").session(admin)
			.with(csrf())
			.param("chapterId", Long.toString(place.otherChapter()))
			.param("from", "2023-04-01")
			.param("decisionRef", "15-QĐ/ĐU")).andExpect(flash().attribute("notice", "member.transferred"));
		mvc.perform(post("/members/" + id + "/status").session(admin)
			.with(csrf())
			.param("status", "EXEMPTED")
			.param("from", "2024-09-02")
			.param("decisionRef", "20-QĐ/ĐU")).andExpect(flash().attribute("notice", "member.statusChanged"));

		String html = page(get("/members/" + id), admin);
		assertThat(rows(html, "status-period")).containsExactly("01/03/2015|29/02/2016|Dự bị|",
				"01/03/2016|01/09/2024|Chính thức|",
				"02/09/2024|nay|Miễn công tác và sinh hoạt đảng|20-QĐ/ĐU");
		assertThat(rows(html, "chapter-period")).hasSize(2);
		assertThat(rows(html, "chapter-period").get(0)).startsWith("01/03/2015|31/03/2023|Chi bộ Một");
		assertThat(rows(html, "chapter-period").get(1)).startsWith("01/04/2023|nay|Chi bộ Hai").endsWith("|15-QĐ/ĐU");
		assertThat(rows(html, "position-period")).containsExactly(
				"01/06/2018|nay|Trưởng thôn|Chức vụ chính quyền, đoàn thể|" + unitName(place.committee()) + "|",
				"15/01/2019|31/12/2022|Phó Bí thư chi bộ|Chức vụ đảng|" + unitName(place.chapter()) + "|8-QĐ/ĐU");
		assertThat(Fixtures.testId(html, "member-status")).isEqualTo("Miễn công tác và sinh hoạt đảng");
	}

	String unitName(long unit) {
		return jdbc.sql("select name from org_unit where id = ?").param(unit).query(String.class).single();
	}

	/** The cells of the table rows carrying {@code data-testid}, joined by "|". */
	static List<String> rows(String html, String testId) {
		List<String> rows = new java.util.ArrayList<>();
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("(?s)<tr data-testid=\"" + testId + "\">(.*?)</tr>")
			.matcher(html);
		while (row.find()) {
			java.util.regex.Matcher cell = java.util.regex.Pattern.compile("(?s)<td( class=\"[^\"]*\")?>(.*?)</td>")
				.matcher(row.group(1));
			List<String> cells = new java.util.ArrayList<>();
			while (cell.find()) {
				if (!" class=\"actions\"".equals(cell.group(1))) {
					cells.add(cell.group(2).strip());
				}
			}
			rows.add(String.join("|", cells));
		}
		return rows;
	}

	@Test
	void theStatusIsShownWithItsTimelineInTheApiToo() throws Exception {
		Place place = place();
		long id = new MemberFixtures(mvc).member(place.chapter(), "Ông Văn Chiến");
		String json = Fixtures.body(mvc.perform(get("/api/v1/members/" + id).with(Fixtures.admin())).andReturn());
		List<String> statuses = JsonPath.read(json, "$.timeline.statuses[*].label");
		assertThat(statuses).containsExactly("PROBATIONARY", "FULL");
	}
}
