package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * The discipline pages as an inspector of the committee uses them: the picker finds the member,
 * the case goes from opening to the ruling on a complaint, a refusal keeps what was typed, the
 * statistics count the decision and their number opens the list behind it; a plain member sees no
 * menu entry and is refused the list.
 */
@XddIntegrationTest
class DisciplinePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long chapter;

	MockHttpSession inspector;

	final LocalDate today = Fixtures.today();

	@BeforeEach
	void inspectorSignedIn() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng bộ Trang " + Fixtures.unique("k"));
		chapter = members.chapter(committee, "Chi bộ Trang " + Fixtures.unique("c"));
		String username = Fixtures.unique("ubkt");
		fixtures.createUser(username, Role.INSPECTION, committee);
		inspector = fixtures.loginChangingPassword(username);
	}

	@Test
	void aCaseFromOpeningToTheRulingOnAComplaintAndItsFigure() throws Exception {
		String name = "Quách Văn Thịnh";
		long member = members.member(chapter, name);

		assertThat(page(get("/discipline").param("unit", Long.toString(committee)), 200))
			.contains("data-testid=\"nav-discipline\"").contains("data-testid=\"open-case\"");
		assertThat(page(get("/pick/members").param("memberIdText", "quach van thinh").param("field", "memberId"), 200))
			.contains(name).contains("(1985)").contains("data-pick-value=\"" + member + "\"");
		assertThat(page(get("/discipline/new").param("openedByUnitId", Long.toString(committee)), 200))
			.contains("data-testid=\"picker-memberId\"");

		MvcResult opened = mvc.perform(as(post("/discipline")).param("openedByUnitId", Long.toString(committee))
			.param("memberId", Long.toString(member))
			.param("source", "INSPECTION")
			.param("openedOn", today.minusDays(10).toString())
			.param("summary", "Vi phạm quy định về những điều đảng viên không được làm")).andReturn();
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).matches("/discipline/\\d+");
		long id = Long.parseLong(location.substring("/discipline/".length()));

		assertThat(page(get(location), 200)).contains(name).contains("Mới lập hồ sơ").contains("data-testid=\"violation-form\"");
		redirected(post(location + "/violations").param("description", "Không chấp hành nghị quyết")
			.param("committedOn", today.minusDays(40).toString())
			.param("category", "ORDINARY")
			.param("ruleBreached", "Quy định 37-QĐ/TW"));
		String withViolation = page(get(location), 200);
		assertThat(withViolation).contains("Không chấp hành nghị quyết")
			.contains("Còn thời hiệu đến hết ngày " + ddMMyyyy(today.minusDays(40).plusMonths(60)));
		redirected(post(location + "/proposal").param("form", "WARNING").param("proposedOn", today.minusDays(4).toString()));

		String refused = page(as(post(location + "/decision")).param("form", "WARNING")
			.param("decidedByUnitId", Long.toString(committee))
			.param("decisionNumber", "25-QĐ/UBKT")
			.param("concludedOn", today.minusDays(10).toString())
			.param("decidedOn", today.toString())
			.param("announcedOn", today.toString()), 400);
		assertThat(refused).contains("Ngày kết luận không thể trước ngày đề nghị hình thức kỷ luật")
			.contains("value=\"25-QĐ/UBKT\"");
		assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");

		redirected(post(location + "/decision").param("form", "WARNING")
			.param("decidedByUnitId", Long.toString(committee))
			.param("decisionNumber", "25-QĐ/UBKT")
			.param("concludedOn", today.minusDays(3).toString())
			.param("decidedOn", today.minusDays(3).toString())
			.param("announcedOn", today.minusDays(2).toString()));
		assertThat(page(get(location), 200)).contains("Quyết định số 25-QĐ/UBKT")
			.contains("Tự chấm dứt hiệu lực ngày " + ddMMyyyy(today.minusDays(2).plusMonths(12)));

		String late = page(as(post(location + "/complaints")).param("receivedOn", today.minusDays(2).toString())
			.param("filedOn", today.minusDays(3).toString())
			.param("addressedTo", "Ủy ban Kiểm tra Tỉnh ủy")
			.param("content", "Đề nghị xem xét lại hình thức"), 400);
		assertThat(late).contains("Ngày khiếu nại không thể trước ngày nhận quyết định").contains("Đề nghị xem xét lại hình thức");
		redirected(post(location + "/complaints").param("receivedOn", today.minusDays(2).toString())
			.param("filedOn", today.toString())
			.param("addressedTo", "Ủy ban Kiểm tra Tỉnh ủy")
			.param("content", "Đề nghị xem xét lại hình thức"));
		assertThat(statusOf(id)).isEqualTo("COMPLAINT_PENDING");
		redirected(post(location + "/ruling").param("outcome", "UPHELD").param("ruledOn", today.toString())
			.param("note", "Đúng người, đúng vi phạm"));
		assertThat(page(get(location), 200)).contains("Giữ nguyên hình thức kỷ luật").contains("data-testid=\"case-history\"");

		String year = Integer.toString(today.getYear());
		String stats = page(get("/discipline/statistics").param("unit", Long.toString(committee))
			.param("from", year + "-01-01")
			.param("until", today.toString()), 200);
		assertThat(stats).contains("0 tổ chức đảng và 1 đảng viên bị kỷ luật").contains("Vi phạm thông thường")
			.contains("Trong 1 đảng viên bị kỷ luật có 0 đảng viên giữ chức vụ");
		byte[] xlsx = mvc.perform(as(get("/discipline/statistics.xlsx")).param("unit", Long.toString(committee))
			.param("from", year + "-01-01")
			.param("until", today.toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Kết quả thi hành kỷ luật đảng của");
			assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Cảnh cáo");
			assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Đảng viên");
			assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(1.0);
			assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).as("no organisation").isZero();
			assertThat(sheet.getRow(8).getCell(2).getNumericCellValue()).as("the total").isEqualTo(1.0);
		}
		String drill = page(get("/discipline").param("unit", Long.toString(committee))
			.param("form", "WARNING")
			.param("decidedFrom", year + "-01-01")
			.param("decidedUntil", today.toString()), 200);
		assertThat(drill).contains("Có 1 hồ sơ").contains(name);

		assertThat(page(get("/discipline/members/" + member), 200)).contains("Lịch sử kỷ luật").contains("25-QĐ/UBKT");

		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		MvcResult attached = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(location + "/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "bien-ban-bieu-quyet.pdf", "application/pdf", pdf))
			.param("note", "Biên bản họp")
			.session(inspector)
			.with(csrf())).andReturn();
		assertThat(attached.getResponse().getStatus()).isEqualTo(302);
		String withFile = page(get(location), 200);
		assertThat(withFile).contains("bien-ban-bieu-quyet.pdf");
		long fileId = jdbc.sql("select file_id from discipline_attachment where case_id = ?").param(id).query(Long.class).single();
		byte[] downloaded = mvc.perform(as(get(location + "/files/" + fileId))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		mvc.perform(as(get("/files/" + fileId))).andExpect(status().isNotFound());
	}

	@Test
	void aPlainMemberSeesNoEntryAndIsRefusedTheList() throws Exception {
		String username = Fixtures.unique("dv");
		fixtures.createUser(username, Role.MEMBER, chapter);
		MockHttpSession plain = fixtures.loginChangingPassword(username);
		String home = mvc.perform(get("/").session(plain)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).doesNotContain("data-testid=\"nav-discipline\"");
		assertThat(mvc.perform(get("/discipline").param("unit", Long.toString(chapter)).session(plain))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		long member = members.member(chapter, "Lò Văn Tệp");
		String opened = mvc.perform(as(post("/discipline")).param("openedByUnitId", Long.toString(committee))
			.param("memberId", Long.toString(member))
			.param("source", "INSPECTION")
			.param("openedOn", today.toString())
			.param("summary", "Hồ sơ có tài liệu")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(opened + "/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "ket-luan.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.session(inspector)
			.with(csrf())).andExpect(status().is3xxRedirection());
		long caseId = Long.parseLong(opened.substring("/discipline/".length()));
		long fileId = jdbc.sql("select file_id from discipline_attachment where case_id = ?").param(caseId).query(Long.class).single();
		assertThat(mvc.perform(get(opened + "/files/" + fileId).session(plain)).andReturn().getResponse().getStatus())
			.as("a plain member of the chapter does not download a discipline file").isEqualTo(403);
		assertThat(mvc.perform(get("/files/" + fileId).session(plain)).andReturn().getResponse().getStatus()).isEqualTo(404);

		// Another committee's inspector is told the case does not exist, and attaches nothing to it.
		long elsewhere = members.committee("Đảng bộ Khác Trang " + Fixtures.unique("k"));
		String strangerName = Fixtures.unique("ubkt");
		fixtures.createUser(strangerName, Role.INSPECTION, elsewhere);
		MockHttpSession stranger = fixtures.loginChangingPassword(strangerName);
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(opened + "/files")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "gia-mao.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.session(stranger)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(opened + "/files/" + fileId).session(stranger)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from discipline_attachment where case_id = ?").param(caseId).query(Long.class)
			.single()).isEqualTo(1);
	}

	String statusOf(long id) {
		return jdbc.sql("select status from discipline_case where id = ?").param(id).query(String.class).single();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.session(inspector).with(csrf());
	}

	String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(as(request))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void redirected(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(as(request)).andReturn();
		assertThat(result.getResponse().getStatus())
			.as("%s answered %s", request, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(302);
	}

	static String ddMMyyyy(LocalDate day) {
		return "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}
}
