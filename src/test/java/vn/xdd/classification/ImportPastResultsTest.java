package vn.xdd.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.Role;

/**
 * Earlier years' results from a committee's spreadsheet: the template reads back with its columns
 * and the words of each era; a file with bad rows imports nothing and names the row, the column and
 * the reason of each (a member not found, or outside the unit and said the same way, a namesake, a
 * year without rule set or not over, a level unknown, a result already there, a row twice); the
 * corrected file imports every row, read back in the words of each year's rule set.
 */
@XddIntegrationTest
class ImportPastResultsTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	ClassificationResults results;

	@Autowired
	MessageSource messages;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long su;

	long ky;

	String board;

	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng ủy xã Lưu Niên " + Fixtures.unique("l"));
		long chapter = members.chapter(committee, "Chi bộ thôn Cũ " + Fixtures.unique("c"));
		su = members.member(chapter, "Hồ Văn Sử", f -> {
			f.put("birthDate", LocalDate.of(1970, 2, 3));
			f.put("admittedOn", LocalDate.of(2005, 3, 1));
			f.put("fullMemberOn", LocalDate.of(2006, 3, 1));
		});
		ky = members.member(chapter, "Hồ Thị Ký", f -> {
			f.put("birthDate", LocalDate.of(1975, 6, 7));
			f.put("sex", "FEMALE");
			f.put("admittedOn", LocalDate.of(2005, 3, 1));
			f.put("fullMemberOn", LocalDate.of(2006, 3, 1));
		});
		// Two namesakes born the same day in the unit: the file cannot say which one it means.
		for (int i = 0; i < 2; i++) {
			members.member(chapter, "Hồ Văn Đôi", f -> {
				f.put("birthDate", LocalDate.of(1980, 1, 1));
				f.put("admittedOn", LocalDate.of(2005, 3, 1));
				f.put("fullMemberOn", LocalDate.of(2006, 3, 1));
			});
		}
		board = Fixtures.unique("btc");
		fixtures.activeUser(board, Role.ORGANIZATION_BOARD, committee);
		session = fixtures.login(board, Fixtures.CHANGED_PASSWORD);
	}

	@Test
	void theTemplateReadsBackWithItsColumnsAndTheWordsOfEachEra() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			DataFormatter cells = new DataFormatter();
			Row header = book.getSheetAt(0).getRow(0);
			List<String> columns = new ArrayList<>();
			header.forEach(c -> columns.add(cells.formatCellValue(c)));
			assertThat(columns).containsExactly("STT", "Họ và tên", "Ngày sinh", "Năm", "Mức xếp loại", "Ghi chú");
			assertThat(cells.formatCellValue(book.getSheetAt(0).getRow(1).getCell(4)))
				.isEqualTo("Đủ tư cách, hoàn thành tốt nhiệm vụ");
			StringBuilder guide = new StringBuilder();
			book.getSheetAt(1).forEach(r -> guide.append(cells.formatCellValue(r.getCell(0))).append('\n'));
			assertThat(guide.toString()).contains("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ")
				.contains("Hoàn thành xuất sắc nhiệm vụ")
				.contains("EXCELLENT");
		}
	}

	@Test
	void aFileWithBadRowsIsRefusedRowByRowAndNothingIsWritten() throws Exception {
		long other = members.chapter(members.committee("Đảng ủy xã Bên Cạnh " + Fixtures.unique("l")),
				"Chi bộ Bên Cạnh " + Fixtures.unique("c"));
		long outsider = members.member(other, "Hồ Văn Ngoài", f -> {
			f.put("birthDate", LocalDate.of(1965, 1, 1));
			f.put("admittedOn", LocalDate.of(2005, 3, 1));
			f.put("fullMemberOn", LocalDate.of(2006, 3, 1));
		});
		// A result already entered from the records.
		mvc.perform(post("/api/v1/classification/results").with(Fixtures.as(board, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\":" + su + ",\"year\":2020,\"level\":\"GOOD\"}")).andExpect(status().isCreated());
		int next = Fixtures.today().getYear() + 1;
		String refused = send(workbook(new String[][] {
				{ "1", "Hồ Văn Ngoài", "01/01/1965", "2012", "Đủ tư cách, hoàn thành tốt nhiệm vụ", "" },
				{ "2", "Hồ Văn Không", "01/01/1965", "2012", "Đủ tư cách, hoàn thành tốt nhiệm vụ", "" },
				{ "3", "Hồ Văn Sử", "03/02/1970", "2007", "GOOD", "" },
				{ "4", "Hồ Văn Sử", "03/02/1970", Integer.toString(next), "GOOD", "" },
				{ "5", "Hồ Văn Sử", "03/02/1970", "2012", "Xuất sắc lắm", "" },
				{ "6", "Hồ Thị Ký", "07/06/1975", "2024", "Hoàn thành tốt nhiệm vụ", "" },
				{ "7", "hồ thị ký", "07/06/1975", "2024", "Hoàn thành nhiệm vụ", "" },
				{ "8", "Hồ Văn Sử", "03/02/1970", "2020", "Hoàn thành tốt nhiệm vụ", "" },
				{ "9", "Hồ Văn Sử", "ngày 3", "2012", "GOOD", "" },
				{ "10", "Hồ Văn Đôi", "01/01/1980", "2012", "GOOD", "" },
				{ "11", "Hồ Văn Sử", "03/02/1970", "2015", "Hoàn thành tốt nhiệm vụ", "" } }), 400);
		assertThat(refused).contains("Chưa nhập gì: 9 trong 11 dòng có lỗi")
			// outside the unit: the same words as a member who does not exist, and no trace of his unit
			.contains("Không có đảng viên Hồ Văn Ngoài sinh ngày 01/01/1965 trong đơn vị vào năm 2012.")
			.contains("Không có đảng viên Hồ Văn Không sinh ngày 01/01/1965 trong đơn vị vào năm 2012.")
			.doesNotContain("Bên Cạnh")
			.contains("Không có quy định đánh giá, xếp loại cho năm 2007.")
			.contains("Năm " + next + " chưa kết thúc")
			.contains("Không nhận ra mức xếp loại ‘Xuất sắc lắm’ theo quy định năm 2012.")
			.contains("Trùng với dòng 7: đảng viên này đã có một dòng năm 2024 trong tệp.")
			.contains("‘Hồ Văn Sử’ đã có kết quả xếp loại năm 2020.")
			.contains("‘ngày 3’ không phải ngày")
			.contains("Có nhiều đảng viên Hồ Văn Đôi sinh ngày 01/01/1980 trong đơn vị");
		// Each error names its row and column.
		assertThat(errorRow(refused, "2", "Họ và tên")).isTrue();
		assertThat(errorRow(refused, "4", "Năm")).isTrue();
		assertThat(errorRow(refused, "6", "Mức xếp loại")).isTrue();
		assertThat(errorRow(refused, "8", "Họ và tên")).isTrue();
		assertThat(errorRow(refused, "10", "Ngày sinh")).isTrue();
		assertThat(refused.split("data-testid=\"import-row-ok\"", -1)).hasSize(3);
		assertThat(results.ofMember(new MemberId(su))).extracting(YearResult::year).containsExactly(2020);
		assertThat(results.ofMember(new MemberId(ky))).isEmpty();
		assertThat(results.ofMember(new MemberId(outsider))).isEmpty();
	}

	@Test
	void aValidFileIsImportedInTheWordsOfEachYearsRuleSet() throws Exception {
		byte[] file;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// The template itself, its example row replaced by the records.
			Sheet sheet = book.getSheetAt(0);
			String[][] rows = { { "1", "Hồ Văn Sử", "03/02/1970", "2012", "du tu cach, hoan thanh tot nhiem vu", "Sổ 2012" },
					{ "2", "HỒ VĂN SỬ", "03/02/1970", "2013", "COMPLETED", "" },
					{ "3", "Hồ Thị Ký", "07/06/1975", "2024", "Hoàn thành xuất sắc nhiệm vụ", "" },
					{ "4", "Hồ Thị Ký", "07/06/1975", "2016", "hoàn thành tốt nhiệm vụ", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			file = out.toByteArray();
		}
		String imported = send(file, 200);
		assertThat(imported).contains("Đã nhập 4 kết quả xếp loại.");

		List<YearResult> ofSu = results.ofMember(new MemberId(su));
		assertThat(ofSu).extracting(YearResult::year).containsExactly(2013, 2012);
		assertThat(ofSu).extracting(YearResult::source).containsOnly("IMPORTED");
		assertThat(words(ofSu)).containsExactly("Đủ tư cách, hoàn thành nhiệm vụ", "Đủ tư cách, hoàn thành tốt nhiệm vụ");
		List<YearResult> ofKy = results.ofMember(new MemberId(ky));
		assertThat(ofKy).extracting(YearResult::year).containsExactly(2024, 2016);
		assertThat(words(ofKy)).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "Đủ tư cách, hoàn thành tốt nhiệm vụ");

		// The same file again: every row already has its result, nothing more written.
		String again = send(file, 400);
		assertThat(again).contains("Chưa nhập gì: 4 trong 4 dòng có lỗi");
		assertThat(results.ofMember(new MemberId(su))).hasSize(2);
	}

	@Test
	void aPlainMemberMayNotImport() throws Exception {
		String plain = Fixtures.unique("dv");
		fixtures.activeUser(plain, Role.MEMBER, committee);
		MockHttpSession member = fixtures.login(plain, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/classification/import").param("unit", Long.toString(committee)).session(member))
			.andExpect(status().isForbidden());
		mvc.perform(get("/classification/import/template.xlsx").session(member)).andExpect(status().isForbidden());
		byte[] file = workbook(new String[][] { { "1", "Hồ Văn Sử", "03/02/1970", "2012", "GOOD", "" } });
		mvc.perform(multipart("/classification/import").file(new MockMultipartFile("file", "kq.xlsx", XLSX, file))
			.param("unit", Long.toString(committee))
			.session(member)
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(results.ofMember(new MemberId(su))).isEmpty();
		// The board sees the page and the link to it.
		String page = Fixtures.body(mvc.perform(get("/classification").param("unit", Long.toString(committee)).session(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("data-testid=\"import-link\"");
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	List<String> words(List<YearResult> list) {
		return list.stream().map(r -> messages.getMessage(r.messageKey(), null, VI)).toList();
	}

	/** Whether the error table has a line of this row and column. */
	static boolean errorRow(String page, String row, String column) {
		return page.replaceAll("\\s+", " ")
			.matches("(?s).*<tr data-testid=\"import-error\"> <td class=\"num\">" + row + "</td> <td>" + column + "</td>.*");
	}

	byte[] template() throws Exception {
		MvcResult result = mvc.perform(get("/classification/import/template.xlsx").session(session))
			.andExpect(status().isOk())
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		return bytes;
	}

	String send(byte[] file, int expected) throws Exception {
		MvcResult result = mvc.perform(multipart("/classification/import")
			.file(new MockMultipartFile("file", "ket-qua.xlsx", XLSX, file))
			.param("unit", Long.toString(committee))
			.session(session)
			.with(csrf())).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
		return body;
	}

	static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Kết quả xếp loại");
			sheet.createRow(0).createCell(0).setCellValue("STT");
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
