package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * Past decisions from a committee's spreadsheet: a file with one bad row imports nothing and says
 * what is wrong on each row (a member not found, a day not a day, a decision before any rule set,
 * a form the subject cannot receive); the corrected file imports every row as a decided case.
 */
@XddIntegrationTest
class ImportCasesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileIsImportedWholeOrNotAtAllWithTheReasonOfEachRow() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng ủy xã Lưu Trữ " + Fixtures.unique("l"));
		long chapter = members.chapter(committee, "Chi bộ Lưu Trữ " + Fixtures.unique("c"));
		long first = members.member(chapter, "Hứa Văn Nhất", f -> f.put("birthDate", java.time.LocalDate.of(1970, 2, 3)));
		long second = members.member(chapter, "Hứa Thị Nhì", f -> f.put("birthDate", java.time.LocalDate.of(1975, 6, 7)));
		// A namesake born the same day under another committee is not the importing committee's member.
		long elsewhere = members.chapter(members.committee("Đảng ủy xã Khác " + Fixtures.unique("l")), "Chi bộ Khác " + Fixtures.unique("c"));
		members.member(elsewhere, "Hứa Văn Nhất", f -> f.put("birthDate", java.time.LocalDate.of(1970, 2, 3)));
		String username = Fixtures.unique("ubkt");
		fixtures.activeUser(username, Role.INSPECTION, committee);
		MockHttpSession session = fixtures.login(username, Fixtures.CHANGED_PASSWORD);

		byte[] template = mvc.perform(get("/discipline/import/template.xlsx").session(session))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(template, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

		byte[] bad = workbook(new String[][] {
				{ "Hứa Văn Nhất", "03/02/1970", "Cảnh cáo", "5-QĐ/ĐU", "10/03/2024", "Vi phạm nguyên tắc tập trung dân chủ",
						"01/02/2024", "" },
				{ "Hứa Văn Không", "01/01/1960", "Khiển trách", "6-QĐ/ĐU", "10/03/2024", "Vi phạm", "01/02/2024", "" },
				{ "Hứa Thị Nhì", "07/06/1975", "Khiển trách", "7-QĐ/ĐU", "ngày 10", "Vi phạm", "01/02/2024", "" },
				{ "Hứa Thị Nhì", "07/06/1975", "Khiển trách", "8-QĐ/ĐU", "10/03/2015", "Vi phạm", "01/02/2015", "" },
				{ "Hứa Thị Nhì", "07/06/1975", "Giải tán", "9-QĐ/ĐU", "10/03/2024", "Vi phạm", "01/02/2024", "" } });
		String refused = send(session, committee, bad, 400);
		assertThat(refused).contains("Chưa nhập gì: 4 trong 5 dòng có lỗi")
			.contains("Không có đảng viên Hứa Văn Không sinh ngày 01/01/1960")
			.contains("Ngày quyết định ‘ngày 10’ không phải ngày")
			.contains("Không có quy định kỷ luật nào có hiệu lực vào ngày 10/03/2015")
			.contains("Hình thức Giải tán không áp dụng đối với Đảng viên chính thức");
		assertThat(casesOf(first) + casesOf(second)).as("nothing written").isZero();

		byte[] good = workbook(new String[][] {
				{ "Hứa Văn Nhất", "03/02/1970", "canh cao", "5-QĐ/ĐU", "10/03/2024", "Vi phạm nguyên tắc tập trung dân chủ",
						"01/02/2024", "Vi phạm thông thường" },
				{ "hứa thị nhì", "07/06/1975", "Khiển trách", "7-QĐ/ĐU", "15/04/2025", "Bỏ sinh hoạt chi bộ", "01/01/2025", "" } });
		String imported = send(session, committee, good, 200);
		assertThat(imported).contains("Đã nhập 2 quyết định kỷ luật.");
		assertThat(jdbc.sql("select form || '/' || decision_number || '/' || decided_on || '/' || rule_set from discipline_case "
				+ "where member_id = ?").param(first).query(String.class).list())
			.containsExactly("WARNING/5-QĐ/ĐU/2024-03-10/QD69_2022");
		assertThat(casesOf(second)).isEqualTo(1);
	}

	long casesOf(long member) {
		return jdbc.sql("select count(*) from discipline_case where member_id = ?").param(member).query(Long.class).single();
	}

	String send(MockHttpSession session, long committee, byte[] file, int expected) throws Exception {
		MvcResult result = mvc.perform(multipart("/discipline/import")
			.file(new MockMultipartFile("file", "ky-luat.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.param("committeeId", Long.toString(committee))
			.session(session)
			.with(csrf())).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}

	static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Quyết định kỷ luật");
			sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}
