package vn.xdd.review.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.xdd.Fixtures.CHANGED_PASSWORD;
import static vn.xdd.Fixtures.admin;
import static vn.xdd.Fixtures.as;
import static vn.xdd.Fixtures.body;
import static vn.xdd.Fixtures.number;
import static vn.xdd.Fixtures.unique;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

/**
 * The register through its pages and API: a chapter's secretary records and reports, the
 * district verifies or returns, the chapter never verifies its own, files are kept with their
 * checksum and served only within scope, and a merge carries open items to the successor.
 */
@XddIntegrationTest
class ShortcomingRegisterTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	vn.xdd.review.ShortcomingWork work;

	@Autowired
	org.springframework.context.MessageSource messages;

	Fixtures fixtures;

	long district;

	long chapter;

	long otherChapter;

	String secretary;

	String board;

	@BeforeEach
	void tree() throws Exception {
		fixtures = new Fixtures(mvc);
		district = fixtures.createUnit(Fixtures.ROOT, unique("Huyện ủy"), "DISTRICT_COMMITTEE", admin());
		chapter = fixtures.createUnit(district, unique("Chi bộ"), "GRASSROOTS_CHAPTER", admin());
		otherChapter = fixtures.createUnit(district, unique("Chi bộ khác"), "GRASSROOTS_CHAPTER", admin());
		secretary = unique("bithu");
		fixtures.activeUser(secretary, Role.SECRETARY, chapter);
		board = unique("bantochuc");
		fixtures.activeUser(board, Role.ORGANIZATION_BOARD, district);
	}

	RequestPostProcessor user(String name) {
		return as(name, CHANGED_PASSWORD);
	}

	long record(RequestPostProcessor who, long unit, String text, String deadline) throws Exception {
		String json = body(mvc.perform(post("/api/v1/shortcomings").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sourceKind":"REVIEW","holderKind":"UNIT","holderUnitId":%d,"text":"%s",
					 "tags":["NQ04-1.4","LV-SINH_HOAT"],"cause":"SUBJECTIVE","responsibility":"COLLECTIVE",
					 "remedy":"Sinh hoạt đúng định kỳ","deadline":"%s","answerable":"Bí thư chi bộ"}"""
				.formatted(unit, text, deadline)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.item.status").value("OPEN"))
			.andExpect(jsonPath("$.item.tags.length()").value(2))
			.andReturn());
		return number(json, "$.item.id");
	}

	String transition(RequestPostProcessor who, long id, String to, String note, int expectedStatus) throws Exception {
		return body(mvc.perform(post("/api/v1/shortcomings/" + id + "/transitions").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"" + to + "\",\"note\":" + (note == null ? "null" : "\"" + note + "\"") + "}"))
			.andExpect(status().is(expectedStatus))
			.andReturn());
	}

	@Test
	void theChapterReportsWithAFileAndOnlyTheDistrictVerifies() throws Exception {
		long id = record(user(secretary), chapter, "Sinh hoạt chi bộ chưa đều", "2027-06-30");

		// The secretary reports through the page, with a PDF as evidence.
		MockHttpSession session = fixtures.login(secretary, CHANGED_PASSWORD);
		mvc.perform(multipart("/shortcomings/" + id + "/report").file(new MockMultipartFile("files", "bien-ban-sinh-hoat.pdf",
				"application/pdf", PDF))
			.param("version", "0")
			.param("note", "Đã sinh hoạt đủ 12 kỳ, có biên bản")
			.session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		String detail = body(mvc.perform(get("/api/v1/shortcomings/" + id).with(user(secretary))).andReturn());
		assertThat((String) JsonPath.read(detail, "$.item.status")).isEqualTo("REPORTED");
		long fileId = ((Number) JsonPath.read(detail, "$.evidence[0].fileId")).longValue();

		// The file comes back unchanged with its checksum, to the district; not to another chapter.
		mvc.perform(get("/api/v1/files/" + fileId).with(user(board)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(PDF))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-SHA256", vn.xdd.shared.Checksums.sha256(PDF)));
		String outsider = unique("bithukhac");
		fixtures.activeUser(outsider, Role.SECRETARY, otherChapter);
		mvc.perform(get("/api/v1/files/" + fileId).with(user(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/shortcomings/" + id).with(user(outsider))).andExpect(status().isNotFound());

		// The chapter cannot verify its own remedy.
		String refused = transition(user(secretary), id, "VERIFIED", null, 403);
		assertThat(refused).contains("Chỉ cấp trên");
		// Returning needs a reason.
		assertThat(transition(user(board), id, "RETURNED", "  ", 400)).contains("lý do");
		// The district returns with a reason, the chapter reports again, the district verifies.
		transition(user(board), id, "RETURNED", "Thiếu biên bản tháng 3", 200);
		transition(user(secretary), id, "REPORTED", "Bổ sung biên bản tháng 3", 200);
		String verified = transition(user(board), id, "VERIFIED", "Đạt", 200);
		assertThat((String) JsonPath.read(verified, "$.item.status")).isEqualTo("VERIFIED");
		assertThat(JsonPath.<java.util.List<String>>read(verified, "$.history[*].to"))
			.containsExactly("OPEN", "REPORTED", "RETURNED", "REPORTED", "VERIFIED");
		assertThat(JsonPath.<String>read(verified, "$.history[2].note")).isEqualTo("Thiếu biên bản tháng 3");

		// The share remedied of the chapter in the period is 100%.
		LocalDate today = Fixtures.today();
		mvc.perform(get("/api/v1/shortcomings/share").param("unit", Long.toString(chapter))
			.param("from", today.minusDays(1).toString())
			.param("to", today.plusDays(1).toString())
			.with(user(board)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.verified").value(1))
			.andExpect(jsonPath("$.percentVerified").value(100))
			.andExpect(jsonPath("$.allRemedied").value(true));
	}

	@Test
	void refusedFilesAndTransitionsChangeNothing() throws Exception {
		long id = record(user(secretary), chapter, "Chưa lập kế hoạch học tập", "2027-01-31");
		MockHttpSession session = fixtures.login(secretary, CHANGED_PASSWORD);
		// An executable renamed .pdf is refused, and the item stays open.
		mvc.perform(multipart("/shortcomings/" + id + "/report")
			.file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)))
			.param("version", "0")
			.param("note", "Đã lập kế hoạch")
			.session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		String detail = body(mvc.perform(get("/api/v1/shortcomings/" + id).with(user(secretary))).andReturn());
		assertThat((String) JsonPath.read(detail, "$.item.status")).isEqualTo("OPEN");
		assertThat(JsonPath.<java.util.List<Object>>read(detail, "$.evidence")).isEmpty();
		// A report refused for a stale version keeps no file.
		long filesBefore = jdbc.sql("select count(*) from attachment").query(Long.class).single();
		mvc.perform(multipart("/shortcomings/" + id + "/report")
			.file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf", PDF))
			.param("version", "5")
			.param("note", "Đã lập kế hoạch")
			.session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from attachment").query(Long.class).single()).isEqualTo(filesBefore);
		// An open item cannot be verified or closed.
		assertThat(transition(user(board), id, "VERIFIED", null, 400)).contains("Không thể chuyển");
		assertThat(transition(user(board), id, "CLOSED", null, 400)).contains("Không thể chuyển");
		// A stale version is refused with the message.
		mvc.perform(post("/api/v1/shortcomings/" + id + "/transitions").with(user(secretary))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"IN_PROGRESS\",\"version\":7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("người khác thay đổi")));
	}

	@Test
	void theListFiltersByStatusAndOverdueAndThePageShowsTheActions() throws Exception {
		long late = record(user(secretary), chapter, "Chậm nộp đảng phí", "2020-01-31");
		record(user(secretary), chapter, "Chưa cập nhật sổ đảng viên", "2099-12-31");
		mvc.perform(get("/api/v1/shortcomings").param("unit", Long.toString(district)).param("overdue", "true")
			.with(user(board)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(late))
			.andExpect(jsonPath("$.items[0].overdue").value(true));
		mvc.perform(get("/api/v1/shortcomings").param("unit", Long.toString(district)).param("status", "OPEN")
			.param("subtree", "false").with(user(board))).andExpect(jsonPath("$.total").value(0));
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		String page = body(mvc.perform(get("/shortcomings").param("unit", Long.toString(district))
			.param("overdue", "true").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Chậm nộp đảng phí").doesNotContain("Chưa cập nhật sổ đảng viên");
		String item = body(mvc.perform(get("/shortcomings/" + late).session(session)).andReturn());
		// The district sees no verify form before a report, and no report form (not the holder's side).
		assertThat(item).contains("data-testid=\"item-overdue\"").doesNotContain("data-testid=\"verify-form\"");
		MockHttpSession chapterSession = fixtures.login(secretary, CHANGED_PASSWORD);
		String own = body(mvc.perform(get("/shortcomings/" + late).session(chapterSession)).andReturn());
		assertThat(own).contains("data-testid=\"report-form\"").doesNotContain("data-testid=\"verify-form\"");
	}

	@Test
	void aMergeCarriesUnresolvedItemsToTheSuccessor() throws Exception {
		long open = record(user(board), otherChapter, "Chưa kiện toàn chi ủy", "2027-03-31");
		mvc.perform(post("/api/v1/org-units/merge").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceIds\":[" + otherChapter + "],\"targetId\":" + chapter + ",\"from\":\""
					+ Fixtures.today().plusDays(1) + "\"}"))
			.andExpect(status().isOk());
		long deadline = System.currentTimeMillis() + 10_000;
		String detail;
		do {
			detail = body(mvc.perform(get("/api/v1/shortcomings/" + open).with(admin())).andReturn());
			if (number(detail, "$.item.holderUnitId") == chapter) {
				break;
			}
			Thread.sleep(100);
		}
		while (System.currentTimeMillis() < deadline);
		assertThat(number(detail, "$.item.holderUnitId")).isEqualTo(chapter);
		assertThat(JsonPath.<java.util.List<String>>read(detail, "$.history[*].kind")).contains("HOLDER_MOVED");
		// The successor's secretary now works on it.
		transition(user(secretary), open, "IN_PROGRESS", "Đã phân công", 200);
	}

	@Test
	void aMembersRecordLeadsToTheEntryFormFilledForThatMember() throws Exception {
		long member = new vn.xdd.organization.MemberFixtures(mvc).member(chapter, "Phùng Thị Lệ");
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		String record = body(mvc.perform(get("/members/" + member).session(session)).andExpect(status().isOk()).andReturn());
		assertThat(record).contains("/shortcomings/new?member=" + member);
		String form = body(mvc.perform(get("/shortcomings/new").param("member", Long.toString(member)).session(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("value=\"" + member + "\"").contains("<option value=\"MEMBER\" selected=\"selected\"")
			.contains("<option value=\"" + chapter + "\" selected=\"selected\"");
		mvc.perform(post("/shortcomings").session(session)
			.with(csrf())
			.param("sourceKind", "SUPERIOR_COMMENT")
			.param("holderKind", "MEMBER")
			.param("holderUnitId", Long.toString(chapter))
			.param("holderMemberId", Long.toString(member))
			.param("text", "Chưa gương mẫu trong sinh hoạt"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/shortcomings").param("unit", Long.toString(chapter)).param("member", Long.toString(member))
			.with(user(board)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].holderName").value("Phùng Thị Lệ"));
	}

	@Test
	void aCommandOfAnotherModuleTheStatusDoesNotAllowIsRefusedInVietnamese() throws Exception {
		long id = record(user(secretary), chapter, "Chưa công khai kết quả kiểm điểm", "2027-05-31");
		vn.xdd.review.ShortcomingId item = new vn.xdd.review.ShortcomingId(id);
		// An open item is neither verified nor returned: the command says why instead of doing nothing.
		vn.xdd.shared.BusinessRuleException refused = org.assertj.core.api.Assertions
			.catchThrowableOfType(vn.xdd.shared.BusinessRuleException.class, () -> work.verify(item, "Đạt"));
		assertThat(refused).isNotNull();
		assertThat(refused.messageKey()).isEqualTo("shortcoming.error.transition");
		assertThat(refused.arguments()).containsExactly(vn.xdd.review.ShortcomingStatus.OPEN.messageKey(),
				vn.xdd.review.ShortcomingStatus.VERIFIED.messageKey());
		assertThat(messages.getMessage(refused.messageKey(), new Object[] { "a", "b" }, new java.util.Locale("vi")))
			.startsWith("Không thể chuyển");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> work.returnWithReason(item, "Thiếu biên bản"))
			.isInstanceOf(vn.xdd.shared.BusinessRuleException.class)
			.hasMessage("shortcoming.error.transition");
		String detail = body(mvc.perform(get("/api/v1/shortcomings/" + id).with(user(secretary))).andReturn());
		assertThat((String) JsonPath.read(detail, "$.item.status")).isEqualTo("OPEN");
	}
}
