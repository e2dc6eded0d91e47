package vn.xdd.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Excel import and export of party members, through the pages and the API, on the real database.
 * Unit A (a grassroots committee with chapters) has an organisation-board user ("editor") and a
 * secretary; unit B, a sibling, has its own chapter. Every file is built here with POI as a user
 * would fill in the template.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberExcelTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Fixtures fixtures;

	String tag;

	long unitA;

	String nameA;

	long chapter1;

	String chapter1Name;

	long chapter2;

	String twinName;

	long unitB;

	long chapterB;

	String editor;

	String secretary;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		tag = Fixtures.unique("x");
		nameA = "Đảng bộ Xã Đông " + tag;
		unitA = fixtures.createUnit(Fixtures.ROOT, nameA);
		chapter1Name = "Chi bộ Thôn Một " + tag;
		chapter1 = unit(unitA, "SUB_CHAPTER", chapter1Name);
		chapter2 = unit(unitA, "SUB_CHAPTER", "Chi bộ Thôn Hai " + tag);
		twinName = "Chi bộ Trùng Tên " + tag;
		unit(unitA, "SUB_CHAPTER", twinName);
		unit(unitA, "SUB_CHAPTER", twinName);
		unitB = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ Xã Tây " + tag);
		chapterB = unit(unitB, "SUB_CHAPTER", "Chi bộ Xã Tây " + tag);
		editor = Fixtures.unique("tochuc");
		fixtures.activeUser(editor, Role.ORGANIZATION_BOARD, unitA);
		secretary = Fixtures.unique("bithu");
		fixtures.activeUser(secretary, Role.SECRETARY, unitA);
	}

	long unit(long parent, String type, String name) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/org-units").with(Fixtures.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + parent + ",\"type\":\"" + type + "\",\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	RequestPostProcessor asEditor() {
		return Fixtures.as(editor, Fixtures.CHANGED_PASSWORD);
	}

	RequestPostProcessor asSecretary() {
		return Fixtures.as(secretary, Fixtures.CHANGED_PASSWORD);
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "dang-vien.xlsx", XLSX, content);
	}

	/** POST /api/v1/members/import; returns the JSON body. */
	String api(byte[] content, boolean dryRun, RequestPostProcessor who, int expectedStatus) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/members/import").file(file(content))
				.param("dryRun", Boolean.toString(dryRun))
				.with(who))
			.andExpect(status().is(expectedStatus))
			.andReturn();
		return Fixtures.body(result);
	}

	String check(List<Map<MemberField, Object>> rows) throws Exception {
		return api(MemberSheets.workbook(rows), true, asEditor(), 200);
	}

	String importRows(List<Map<MemberField, Object>> rows) throws Exception {
		return api(MemberSheets.workbook(rows), false, asEditor(), 200);
	}

	long members() {
		return jdbc.sql("select count(*) from member").query(Long.class).single();
	}

	Map<String, Object> stored(String card) {
		return jdbc.sql("select * from member where party_card_no = ?").param(card).query().singleRow();
	}

	/** The only error of a checked file: its row, column and message. */
	static void assertSingleError(String json, int row, String column, String message) {
		assertThat(((Number) JsonPath.read(json, "$.errorCount")).intValue()).as(json).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.errors[0].row")).isEqualTo(row);
		assertThat((String) JsonPath.read(json, "$.errors[0].column")).isEqualTo(column);
		assertThat((String) JsonPath.read(json, "$.errors[0].message")).isEqualTo(message);
	}

	static long count(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	// The template ------------------------------------------------------------------------------

	@Test
	void templateHasTitleHeaderExampleDateFormatsAndInstructions() throws Exception {
		MvcResult result = mvc.perform(get("/members/import/template").session(fixtures.adminSession()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename=\"mau-nhap-dang-vien.xlsx\"")))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("MẪU NHẬP DANH SÁCH ĐẢNG VIÊN");
			Row header = sheet.getRow(1);
			for (MemberField field : MemberField.values()) {
				assertThat(header.getCell(field.ordinal()).getStringCellValue()).isEqualTo(MemberSheets.HEADERS.get(field));
				assertThat(sheet.getColumnWidth(field.ordinal())).as("width of %s", field).isGreaterThan(2000);
			}
			Row example = sheet.getRow(2);
			Cell birth = example.getCell(MemberField.BIRTH_DATE.ordinal());
			assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(sheet.getColumnStyle(MemberField.ADMITTED_ON.ordinal()).getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(example.getCell(MemberField.CITIZEN_ID.ordinal()).getStringCellValue()).isEqualTo("020085001234");
			assertThat(example.getCell(MemberField.FULL_NAME.ordinal()).getStringCellValue()).isEqualTo("NGUYỄN VĂN AN");
			Sheet help = workbook.getSheet("Hướng dẫn");
			assertThat(help).isNotNull();
			StringBuilder text = new StringBuilder();
			help.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
			assertThat(text).contains("Bắt buộc", "\"Nam\" hoặc \"Nữ\"", "\"Sơ cấp\", \"Trung cấp\", \"Cao cấp\" hoặc \"Cử nhân\"",
					"\"Dự bị\", \"Chính thức\"", "Mã chi bộ", "Tên chi bộ", "dd/MM/yyyy");
		}
	}

	@Test
	void theTemplateWithItsExampleRowLeftInSaysToDeleteIt() throws Exception {
		byte[] template = mvc.perform(get("/members/import/template").session(fixtures.adminSession()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertSingleError(api(template, true, asEditor(), 200), 3, "Họ và tên",
				"Đây là dòng ví dụ của tệp mẫu: hãy xóa dòng này.");
	}

	// Errors of rows: one test per kind ---------------------------------------------------------

	@Test
	void aMissingRequiredFieldIsReportedByRowAndColumn() throws Exception {
		Map<MemberField, Object> ok = MemberSheets.member("Lê Văn Đủ", chapter1);
		Map<MemberField, Object> noBirth = MemberSheets.member("Lê Văn Thiếu", chapter1);
		noBirth.remove(MemberField.BIRTH_DATE);
		assertSingleError(check(List.of(ok, noBirth)), 4, "Ngày sinh", "Bắt buộc phải có.");
	}

	@Test
	void anUnreadableDateIsReportedWithWhatWasWritten() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Ngày", chapter1);
		row.put(MemberField.ADMITTED_ON, "31/02/2005");
		assertSingleError(check(List.of(row)), 3, "Ngày vào Đảng",
				"Không đọc được ngày \"31/02/2005\": ghi dd/MM/yyyy (ví dụ 15/03/1985) hoặc dùng ô kiểu ngày của Excel.");
	}

	@Test
	void datesAreReadAsExcelDatesAndAsTextInEveryAcceptedForm() throws Exception {
		List<Map<MemberField, Object>> rows = new ArrayList<>();
		for (Object birth : List.of(LocalDate.of(1981, 3, 5), "05/03/1981", "5/3/1981", "1981-03-05")) {
			Map<MemberField, Object> row = MemberSheets.member("Phạm Thị Ngày", chapter1);
			row.put(MemberField.BIRTH_DATE, birth);
			rows.add(row);
		}
		String json = importRows(rows);
		assertThat(count(json, "$.created")).isEqualTo(4);
		for (Map<MemberField, Object> row : rows) {
			assertThat(stored((String) row.get(MemberField.PARTY_CARD_NO)).get("birth_date").toString()).isEqualTo("1981-03-05");
		}
	}

	@Test
	void anUnknownChapterIdIsReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Lạc", 987_654_321L);
		assertSingleError(check(List.of(row)), 3, "Mã chi bộ", "Không có chi bộ mã 987654321 trong phạm vi của bạn.");
	}

	@Test
	void aChapterOutsideTheUsersScopeIsReportedLikeAnUnknownOne() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Xa", chapterB);
		assertSingleError(check(List.of(row)), 3, "Mã chi bộ", "Không có chi bộ mã " + chapterB + " trong phạm vi của bạn.");
		// Positive control: the administrator of the root reaches B's chapter.
		String json = api(MemberSheets.workbook(List.of(row)), true, Fixtures.admin(), 200);
		assertThat(count(json, "$.errorCount")).isZero();
		assertThat(count(json, "$.toCreate")).isEqualTo(1);
	}

	@Test
	void aUnitThatIsNotAChapterIsReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Bộ", unitA);
		assertSingleError(check(List.of(row)), 3, "Mã chi bộ",
				"\"" + nameA + "\" không phải chi bộ: đảng viên sinh hoạt tại chi bộ.");
	}

	@Test
	void aChapterNameShared_byTwoChaptersIsAmbiguous_aUniqueOneIsFound() throws Exception {
		Map<MemberField, Object> twin = MemberSheets.member("Lê Văn Trùng", 0);
		twin.remove(MemberField.CHAPTER_ID);
		twin.put(MemberField.CHAPTER_NAME, twinName.toUpperCase(java.util.Locale.ROOT));
		Map<MemberField, Object> unique = MemberSheets.member("Lê Văn Một", 0);
		unique.remove(MemberField.CHAPTER_ID);
		unique.put(MemberField.CHAPTER_NAME, chapter1Name);
		assertSingleError(check(List.of(unique, twin)), 4, "Tên chi bộ",
				"Có 2 chi bộ tên \"" + twinName.toUpperCase(java.util.Locale.ROOT) + "\" trong phạm vi của bạn: hãy ghi Mã chi bộ.");
		String json = importRows(List.of(unique));
		assertThat(count(json, "$.created")).isEqualTo(1);
		assertThat(((Number) stored((String) unique.get(MemberField.PARTY_CARD_NO)).get("unit_id")).longValue()).isEqualTo(chapter1);
	}

	@Test
	void aPartyCardNumberTwiceInTheFileIsReportedOnTheSecondRow() throws Exception {
		Map<MemberField, Object> first = MemberSheets.member("Lê Văn Đầu", chapter1);
		Map<MemberField, Object> second = MemberSheets.member("Lê Văn Sau", chapter1);
		second.put(MemberField.PARTY_CARD_NO, first.get(MemberField.PARTY_CARD_NO));
		assertSingleError(check(List.of(first, second)), 4, "Số thẻ đảng viên",
				"Số thẻ đảng viên " + first.get(MemberField.PARTY_CARD_NO) + " trùng với dòng 3 của tệp.");
	}

	@Test
	void aCitizenIdTwiceInTheFileIsReportedOnTheSecondRow() throws Exception {
		Map<MemberField, Object> first = MemberSheets.member("Lê Văn Đầu", chapter1);
		Map<MemberField, Object> other = MemberSheets.member("Lê Văn Giữa", chapter2);
		Map<MemberField, Object> second = MemberSheets.member("Lê Văn Sau", chapter1);
		second.put(MemberField.CITIZEN_ID, first.get(MemberField.CITIZEN_ID));
		assertSingleError(check(List.of(first, other, second)), 5, "Số CCCD",
				"Số CCCD " + first.get(MemberField.CITIZEN_ID) + " trùng với dòng 3 của tệp.");
	}

	@Test
	void anAdmissionBefore18IsReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Trẻ", chapter1);
		row.put(MemberField.BIRTH_DATE, LocalDate.of(1990, 6, 1));
		row.put(MemberField.ADMITTED_ON, LocalDate.of(2008, 5, 31));
		row.put(MemberField.FULL_MEMBER_ON, LocalDate.of(2009, 6, 1));
		assertSingleError(check(List.of(row)), 3, "Ngày vào Đảng", "Ngày vào Đảng khi chưa đủ 18 tuổi.");
	}

	@Test
	void aFullMembershipBeforeAdmissionIsReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Ngược", chapter1);
		row.put(MemberField.FULL_MEMBER_ON, LocalDate.of(2004, 1, 15));
		assertSingleError(check(List.of(row)), 3, "Ngày chính thức", "Ngày chính thức trước ngày vào Đảng.");
	}

	@Test
	void anAdmissionInTheFutureIsReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Sớm", chapter1);
		row.remove(MemberField.FULL_MEMBER_ON);
		row.put(MemberField.ADMITTED_ON, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3));
		assertSingleError(check(List.of(row)), 3, "Ngày vào Đảng", "Ngày này chưa tới.");
	}

	@Test
	void namesInCapitalsAreAcceptedAndStoredAsNames() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("TRẦN THỊ  BÌNH", chapter1);
		row.put(MemberField.SEX, "NỮ");
		row.put(MemberField.POLITICAL_THEORY, "CAO CẤP");
		assertThat(count(importRows(List.of(row)), "$.created")).isEqualTo(1);
		Map<String, Object> stored = stored((String) row.get(MemberField.PARTY_CARD_NO));
		assertThat(stored.get("full_name")).isEqualTo("Trần Thị Bình");
		assertThat(stored.get("sex")).isEqualTo("F");
		assertThat(stored.get("political_theory")).isEqualTo("ADVANCED");
	}

	@Test
	void aStatusIsReadByItsLabel_andAnExistingMembersDifferentStatusIsAnError() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Hoàng Văn Dự", chapter1);
		row.remove(MemberField.FULL_MEMBER_ON);
		row.put(MemberField.STATUS, "Dự bị");
		assertThat(count(importRows(List.of(row)), "$.created")).isEqualTo(1);
		assertThat(stored((String) row.get(MemberField.PARTY_CARD_NO)).get("status")).isEqualTo("PROBATIONARY");
		row.put(MemberField.STATUS, "Chính thức");
		row.put(MemberField.FULL_MEMBER_ON, LocalDate.of(2006, 1, 15));
		String json = check(List.of(row));
		assertThat(count(json, "$.errorCount")).isGreaterThanOrEqualTo(1);
		assertThat((String) JsonPath.read(json, "$.errors[0].column")).isEqualTo("Trạng thái");
		assertThat((String) JsonPath.read(json, "$.errors[0].message"))
			.isEqualTo("Trạng thái khác với trạng thái hiện tại (Dự bị): đổi trạng thái trên trang đảng viên.");
	}

	@Test
	void unreadableSexTheoryAndChapterIdAreReported() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Lê Văn Sai", chapter1);
		row.put(MemberField.SEX, "Khác");
		String json = check(List.of(row));
		assertSingleError(json, 3, "Giới tính", "Giới tính \"Khác\" không hợp lệ: ghi \"Nam\" hoặc \"Nữ\".");
		row.put(MemberField.SEX, "Nam");
		row.put(MemberField.POLITICAL_THEORY, "Tiến sĩ");
		assertSingleError(check(List.of(row)), 3, "Lý luận chính trị",
				"Lý luận chính trị \"Tiến sĩ\" không hợp lệ: ghi \"Sơ cấp\", \"Trung cấp\", \"Cao cấp\" hoặc \"Cử nhân\".");
	}

	// Existing members: updates ------------------------------------------------------------------

	@Test
	void anExistingMemberIsOfferedAsAnUpdateWithItsChanges_andUpdated() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Đỗ Văn Cũ", chapter1);
		assertThat(count(importRows(List.of(row)), "$.created")).isEqualTo(1);
		String card = (String) row.get(MemberField.PARTY_CARD_NO);
		int version = ((Number) stored(card).get("version")).intValue();
		Map<MemberField, Object> fresh = MemberSheets.member("Mai Thị Mới", chapter1);
		row.put(MemberField.FULL_NAME, "ĐỖ VĂN CŨ");
		row.put(MemberField.RESIDENCE, "Thôn Tây, xã Hữu Lũng, tỉnh Lạng Sơn");
		long before = members();

		String report = check(List.of(row, fresh));
		assertThat(count(report, "$.errorCount")).isZero();
		assertThat(count(report, "$.toCreate")).isEqualTo(1);
		assertThat(count(report, "$.toUpdate")).isEqualTo(1);
		assertThat((String) JsonPath.read(report, "$.outcomes[0].action")).isEqualTo("UPDATE");
		assertThat(JsonPath.<List<String>>read(report, "$.outcomes[0].changes[*].column")).containsExactly("Nơi ở hiện nay");
		assertThat((String) JsonPath.read(report, "$.outcomes[0].changes[0].after")).isEqualTo("Thôn Tây, xã Hữu Lũng, tỉnh Lạng Sơn");
		assertThat((String) JsonPath.read(report, "$.outcomes[1].action")).isEqualTo("CREATE");
		assertThat(members()).isEqualTo(before);

		String result = importRows(List.of(row, fresh));
		assertThat(count(result, "$.created")).isEqualTo(1);
		assertThat(count(result, "$.updated")).isEqualTo(1);
		assertThat(members()).isEqualTo(before + 1);
		Map<String, Object> stored = stored(card);
		assertThat(stored.get("residence")).isEqualTo("Thôn Tây, xã Hữu Lũng, tỉnh Lạng Sơn");
		assertThat(stored.get("full_name")).isEqualTo("Đỗ Văn Cũ");
		assertThat(((Number) stored.get("version")).intValue()).isEqualTo(version + 1);
		assertThat(auditLines("UPDATE", editor)).anyMatch(after -> after.contains("nơi ở: Thôn Tây"));
	}

	@Test
	void anExistingMemberMatchedByCitizenIdGetsItsNewCardNumber() throws Exception {
		Map<MemberField, Object> row = MemberSheets.member("Vũ Văn Thẻ", chapter2);
		importRows(List.of(row));
		String newCard = MemberSheets.card();
		row.put(MemberField.PARTY_CARD_NO, newCard);
		String result = importRows(List.of(row));
		assertThat(count(result, "$.updated")).isEqualTo(1);
		assertThat(count(result, "$.created")).isZero();
		assertThat(stored(newCard).get("citizen_id")).isEqualTo(row.get(MemberField.CITIZEN_ID));
	}

	// One transaction ---------------------------------------------------------------------------

	@Test
	void anImportWithAWrongRowNearTheEndWritesNothing() throws Exception {
		List<Map<MemberField, Object>> rows = MemberSheets.members(3_000, "Nguyễn Văn", chapter1);
		// Excel row 2,999: the 2,997th data row.
		rows.get(2_996).put(MemberField.PARTY_CARD_NO, "1234");
		long before = members();
		String problem = api(MemberSheets.workbook(rows), false, asEditor(), 400);
		assertThat((String) JsonPath.read(problem, "$.detail")).isEqualTo("Tệp có 1 lỗi; không có gì được lưu.");
		assertThat((Integer) JsonPath.read(problem, "$.errors[0].row")).isEqualTo(2_999);
		assertThat((String) JsonPath.read(problem, "$.errors[0].column")).isEqualTo("Số thẻ đảng viên");
		assertThat((String) JsonPath.read(problem, "$.errors[0].message")).isEqualTo("Số thẻ đảng viên phải gồm đúng 8 chữ số.");
		assertThat(members()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from member where full_name like 'Nguyễn Văn Tên%' and unit_id = ?")
			.param(chapter1)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void threeThousandRowsImportInOneGo() throws Exception {
		List<Map<MemberField, Object>> rows = MemberSheets.members(3_000, "Phan Văn", chapter2);
		byte[] file = MemberSheets.workbook(rows);
		long before = members();
		long dryStart = System.nanoTime();
		String report = api(file, true, asEditor(), 200);
		long dryMillis = (System.nanoTime() - dryStart) / 1_000_000;
		assertThat(count(report, "$.toCreate")).isEqualTo(3_000);
		long start = System.nanoTime();
		String result = api(file, false, asEditor(), 200);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(count(result, "$.created")).isEqualTo(3_000);
		assertThat(members()).isEqualTo(before + 3_000);
		Path figures = Path.of("target/benchmarks/import-3000.txt");
		Files.createDirectories(figures.getParent());
		Files.writeString(figures, "3000 rows, " + file.length / 1024 + " KB: check " + dryMillis + " ms, import "
				+ millis + " ms (MockMvc, embedded PostgreSQL without fsync)\n");
	}

	// Bad files ---------------------------------------------------------------------------------

	String refusedByApi(byte[] content) throws Exception {
		long before = members();
		String json = api(content, true, asEditor(), 400);
		assertThat(members()).isEqualTo(before);
		return JsonPath.read(json, "$.detail");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedWhateverItsName() throws Exception {
		assertThat(refusedByApi("Họ và tên;Ngày sinh\nNguyễn Văn A;1/1/1980\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Tệp không phải bảng tính Excel .xlsx (dù tên tệp là gì). Hãy dùng tệp mẫu.");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		assertThat(refusedByApi(new byte[0])).isEqualTo("Tệp rỗng (0 byte).");
	}

	@Test
	void anEncryptedWorkbookIsRefused() throws Exception {
		byte[] plain = MemberSheets.workbook(List.of(MemberSheets.member("Lê Văn Khóa", chapter1)));
		POIFSFileSystem fs = new POIFSFileSystem();
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("MatKhau123");
		OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
		try (OutputStream out = encryptor.getDataStream(fs)) {
			pkg.save(out);
		}
		finally {
			pkg.revert();
		}
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		fs.writeFilesystem(encrypted);
		fs.close();
		assertThat(refusedByApi(encrypted.toByteArray()))
			.isEqualTo("Tệp được đặt mật khẩu (mã hóa): hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.");
	}

	@Test
	void anOldXlsWorkbookIsRefusedWithAWayOut() throws Exception {
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("Đảng viên").createRow(0).createCell(0).setCellValue("Họ và tên");
			workbook.write(xls);
		}
		assertThat(refusedByApi(xls.toByteArray()))
			.isEqualTo("Tệp là bảng tính Excel 97–2003 (.xls): hãy mở bằng Excel và lưu lại thành .xlsx.");
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() throws Exception {
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		long before = members();
		String json = api(large, true, asEditor(), 413);
		assertThat((String) JsonPath.read(json, "$.detail")).isEqualTo("Tệp quá lớn: tối đa 20 MB.");
		// Declared larger still: refused before the upload is read, by the page and by the API.
		mvc.perform(post("/members/import").contentType("multipart/form-data; boundary=x")
			.content(new byte[21 * 1024 * 1024])
			.session(fixtures.login(editor, Fixtures.CHANGED_PASSWORD))
			.with(csrf())).andExpect(redirectedUrl("/members/import?tooLarge"));
		String problem = Fixtures.body(mvc.perform(post("/api/v1/members/import").contentType("multipart/form-data; boundary=x")
			.content(new byte[21 * 1024 * 1024])
			.with(asEditor())).andExpect(status().is(413)).andReturn());
		assertThat((String) JsonPath.read(problem, "$.detail")).isEqualTo("Tệp quá lớn: tối đa 20 MB.");
		assertThat(members()).isEqualTo(before);
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		byte[] plain = MemberSheets.workbook(List.of(MemberSheets.member("Lê Văn Bom", chapter1)));
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
					out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 50; i++) {
						out.write(spaces);
					}
					out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		assertThat(bomb.size()).isLessThan(200_000);
		assertThat(refusedByApi(bomb.toByteArray())).isEqualTo(
				"Tệp bị từ chối vì nội dung giải nén lớn bất thường so với kích thước tệp (nghi \"bom nén\"). Hãy lưu lại tệp bằng Excel.");
	}

	@Test
	void aSheetWithoutTheTemplatesHeaderSaysWhichColumnsAreMissing() throws Exception {
		List<MemberField> columns = List.of(MemberField.FULL_NAME, MemberField.BIRTH_DATE, MemberField.SEX,
				MemberField.ADMITTED_ON, MemberField.CHAPTER_ID);
		byte[] file = MemberSheets.workbook(List.of(MemberSheets.member("Lê Văn Cột", chapter1)), columns);
		assertThat(refusedByApi(file)).isEqualTo("Trang tính \"Đảng viên\" thiếu các cột của tệp mẫu: Dân tộc, Tôn giáo, "
				+ "Quê quán, Nơi ở hiện nay, Số CCCD, Số thẻ đảng viên, Số lý lịch đảng viên, Ngày chính thức, Học vấn, "
				+ "Chuyên môn, Lý luận chính trị, Điện thoại.");
		byte[] noHeader;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Trang 1");
			sheet.createRow(0).createCell(0).setCellValue("Danh sách");
			sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			noHeader = out.toByteArray();
		}
		assertThat(refusedByApi(noHeader)).startsWith("Không tìm thấy dòng tiêu đề của tệp mẫu trong trang tính \"Trang 1\". "
				+ "Thiếu các cột: Họ và tên, Ngày sinh, Giới tính, Dân tộc");
	}

	@Test
	void aWorkbookWithoutDataRowsIsRefused() throws Exception {
		assertThat(refusedByApi(MemberSheets.workbook(List.of())))
			.isEqualTo("Trang tính \"Đảng viên\" không có dòng dữ liệu nào dưới dòng tiêu đề.");
	}

	// The pages ---------------------------------------------------------------------------------

	/** Uploads on the page, follows the job until it is done, returns the job page. */
	String uploadOnPage(MockHttpSession session, byte[] content) throws Exception {
		MvcResult upload = mvc.perform(multipart("/members/import").file(file(content)).session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/members/import/*"))
			.andReturn();
		return follow(session, upload.getResponse().getRedirectedUrl());
	}

	String follow(MockHttpSession session, String jobUrl) throws Exception {
		for (int i = 0; i < 300; i++) {
			String html = Fixtures.body(mvc.perform(get(jobUrl).session(session)).andExpect(status().isOk()).andReturn());
			if (!html.contains("hx-trigger=\"every 1s\"")) {
				return html;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import job did not finish");
	}

	@Test
	void onThePageAFileIsCheckedThenImportedOnConfirmation() throws Exception {
		MockHttpSession session = fixtures.login(editor, Fixtures.CHANGED_PASSWORD);
		Map<MemberField, Object> good = MemberSheets.member("Ngô Văn Trang", chapter1);
		Map<MemberField, Object> bad = MemberSheets.member("Ngô Văn Lỗi", chapter1);
		bad.put(MemberField.CITIZEN_ID, "12345");
		// The background check runs as the editor: B's chapter is out of their scope there too.
		Map<MemberField, Object> elsewhere = MemberSheets.member("Ngô Văn Xa", chapterB);
		String html = uploadOnPage(session, MemberSheets.workbook(List.of(good, bad, elsewhere)));
		assertThat(html).contains("Tệp có 2 lỗi; chưa nhập gì.", "<td class=\"num\">4</td>", "<td>Số CCCD</td>",
				"Số CCCD phải gồm đúng 12 chữ số.", "<td class=\"num\">5</td>", "<td>Mã chi bộ</td>",
				"Không có chi bộ mã " + chapterB + " trong phạm vi của bạn.")
			.doesNotContain("data-testid=\"confirm-import\"");

		long before = members();
		MvcResult upload = mvc
			.perform(multipart("/members/import").file(file(MemberSheets.workbook(List.of(good)))).session(session).with(csrf()))
			.andReturn();
		String jobUrl = upload.getResponse().getRedirectedUrl();
		html = follow(session, jobUrl);
		assertThat(html).contains("data-testid=\"confirm-import\"", "Ngô Văn Trang", "Thêm mới");
		assertThat(members()).isEqualTo(before);
		// The htmx poll gets the job fragment alone.
		String fragment = Fixtures.body(mvc.perform(get(jobUrl).session(session).header("HX-Request", "true")).andReturn());
		assertThat(fragment).contains("id=\"import-job\"").doesNotContain("<html");

		mvc.perform(post(jobUrl + "/confirm").session(session).with(csrf())).andExpect(redirectedUrl(jobUrl));
		html = follow(session, jobUrl);
		assertThat(html).contains("Đã nhập xong: thêm 1, cập nhật 0, 0 dòng không thay đổi.");
		assertThat(members()).isEqualTo(before + 1);
		// Confirming twice does nothing more.
		mvc.perform(post(jobUrl + "/confirm").session(session).with(csrf()));
		assertThat(members()).isEqualTo(before + 1);
		assertThat(auditLines("IMPORT", editor)).contains("thêm 1, cập nhật 0");
	}

	@Test
	void onThePageABadFileIsRefusedWithItsReason_andAnotherUsersJobIsNotFound() throws Exception {
		MockHttpSession session = fixtures.login(editor, Fixtures.CHANGED_PASSWORD);
		String html = Fixtures.body(mvc
			.perform(multipart("/members/import").file(file("không phải excel".getBytes(StandardCharsets.UTF_8)))
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html).contains("Tệp không phải bảng tính Excel .xlsx (dù tên tệp là gì). Hãy dùng tệp mẫu.");

		MvcResult upload = mvc
			.perform(multipart("/members/import")
				.file(file(MemberSheets.workbook(List.of(MemberSheets.member("Lý Văn Riêng", chapter1)))))
				.session(session)
				.with(csrf()))
			.andReturn();
		String jobUrl = upload.getResponse().getRedirectedUrl();
		mvc.perform(get(jobUrl).session(fixtures.adminSession())).andExpect(status().isNotFound());
		mvc.perform(get(jobUrl).session(session)).andExpect(status().isOk());
	}

	@Test
	void aFileOverTheServersUploadLimitIsExplainedOnTheForm() throws Exception {
		String html = Fixtures.body(mvc.perform(get("/members/import").param("tooLarge", "")
			.session(fixtures.login(editor, Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(html).contains("Tệp quá lớn: tối đa 20 MB.", "data-testid=\"check-file\"");
	}

	@Test
	void aSecretaryMayNotImport() throws Exception {
		mvc.perform(get("/members/import").session(fixtures.login(secretary, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isForbidden());
		api(MemberSheets.workbook(List.of(MemberSheets.member("Lê Văn Cấm", chapter1))), true, asSecretary(), 403);
		mvc.perform(get("/members/import").session(fixtures.login(editor, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk());
	}

	// Export ------------------------------------------------------------------------------------

	XSSFWorkbook export(String query, RequestPostProcessor who) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/members/export" + query).with(who)).andExpect(status().isOk()).andReturn();
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	static List<String> column(Sheet sheet, MemberField field) {
		List<String> values = new ArrayList<>();
		for (int r = 2; r <= sheet.getLastRowNum(); r++) {
			Cell cell = sheet.getRow(r).getCell(field.ordinal());
			values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
					: cell.getStringCellValue());
		}
		return values;
	}

	@Test
	void anExportImportsBackUnchanged() throws Exception {
		long chapter = unit(unitA, "SUB_CHAPTER", "Chi bộ Xuất " + tag);
		List<Map<MemberField, Object>> rows = MemberSheets.members(30, "Bùi Văn", chapter);
		rows.get(0).put(MemberField.CITIZEN_ID, "001" + MemberSheets.citizenId().substring(3));
		rows.get(1).remove(MemberField.FULL_MEMBER_ON);
		rows.get(1).remove(MemberField.POLITICAL_THEORY);
		rows.get(1).put(MemberField.SEX, "Nữ");
		importRows(rows);
		Map<Long, Integer> versions = new java.util.HashMap<>();
		jdbc.sql("select id, version from member where unit_id = ?").param(chapter)
			.query((rs, i) -> versions.put(rs.getLong(1), rs.getInt(2))).list();

		MvcResult result = mvc.perform(get("/api/v1/members/export").param("unit", Long.toString(chapter)).with(asEditor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn();
		String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"dang-vien-chi-bo-xuat-"
				+ tag + "-" + today + ".xlsx\"; filename*=UTF-8''dang-vien-Chi-b%E1%BB%99-Xu%E1%BA%A5t-" + tag + "-" + today
				+ ".xlsx");
		byte[] file = result.getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH ĐẢNG VIÊN – Chi bộ Xuất " + tag
					+ " – ngày " + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY));
			for (MemberField field : MemberField.values()) {
				assertThat(sheet.getRow(1).getCell(field.ordinal()).getStringCellValue()).isEqualTo(MemberSheets.HEADERS.get(field));
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(31);
			// List order: given name first ("Têna", "Tênb", … then "Tênba").
			List<String> names = column(sheet, MemberField.FULL_NAME);
			assertThat(names.get(0)).isEqualTo("Bùi Văn Têna");
			assertThat(names).containsExactlyElementsOf(names.stream().sorted(vn.xdd.shared.VietnameseName.listOrder()).toList());
			Cell birth = sheet.getRow(2).getCell(MemberField.BIRTH_DATE.ordinal());
			assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1980, 5, 10));
			Cell citizenId = sheet.getRow(2).getCell(MemberField.CITIZEN_ID.ordinal());
			assertThat(citizenId.getCellType()).isEqualTo(CellType.STRING);
			assertThat(column(sheet, MemberField.CITIZEN_ID)).allMatch(id -> id.matches("0[0-9]{11}"));
			assertThat(column(sheet, MemberField.ETHNICITY)).containsOnly("Kinh");
			assertThat(column(sheet, MemberField.STATUS)).contains("Chính thức", "Dự bị");
			assertThat(column(sheet, MemberField.CHAPTER_ID)).containsOnly(Long.toString(chapter));
		}

		String report = api(file, true, asEditor(), 200);
		assertThat(count(report, "$.errorCount")).as(report).isZero();
		assertThat(count(report, "$.rows")).isEqualTo(30);
		assertThat(count(report, "$.unchanged")).isEqualTo(30);
		assertThat(count(report, "$.toUpdate")).isZero();
		assertThat(count(report, "$.toCreate")).isZero();
		assertThat(JsonPath.<List<String>>read(report, "$.outcomes[*].action")).containsOnly("UNCHANGED");
		String imported = api(file, false, asEditor(), 200);
		assertThat(count(imported, "$.updated")).isZero();
		assertThat(count(imported, "$.created")).isZero();
		Map<Long, Integer> after = new java.util.HashMap<>();
		jdbc.sql("select id, version from member where unit_id = ?").param(chapter)
			.query((rs, i) -> after.put(rs.getLong(1), rs.getInt(2))).list();
		assertThat(after).isEqualTo(versions);
	}

	@Test
	void anExportHoldsOnlyTheUsersScope() throws Exception {
		Map<MemberField, Object> inB = MemberSheets.member("Trịnh Văn Tây", chapterB);
		api(MemberSheets.workbook(List.of(inB)), false, Fixtures.admin(), 200);
		Map<MemberField, Object> inA = MemberSheets.member("Trịnh Văn Đông", chapter2);
		importRows(List.of(inA));

		mvc.perform(get("/api/v1/members/export").param("unit", Long.toString(unitB)).with(asEditor()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/members/export").param("unit", Long.toString(unitB))
			.session(fixtures.login(editor, Fixtures.CHANGED_PASSWORD))).andExpect(status().isNotFound());
		try (XSSFWorkbook workbook = export("?unit=" + unitA, asEditor())) {
			List<String> cards = column(workbook.getSheetAt(0), MemberField.PARTY_CARD_NO);
			assertThat(cards).contains((String) inA.get(MemberField.PARTY_CARD_NO))
				.doesNotContain((String) inB.get(MemberField.PARTY_CARD_NO));
		}
		// Without a unit: the user's own unit, still without B.
		try (XSSFWorkbook workbook = export("", asEditor())) {
			assertThat(column(workbook.getSheetAt(0), MemberField.PARTY_CARD_NO))
				.contains((String) inA.get(MemberField.PARTY_CARD_NO))
				.doesNotContain((String) inB.get(MemberField.PARTY_CARD_NO));
		}
	}

	@Test
	void aSecretarysExportLeavesSensitiveColumnsEmpty_andImportingItBackKeepsThem() throws Exception {
		long chapter = unit(unitA, "SUB_CHAPTER", "Chi bộ Nhạy Cảm " + tag);
		List<Map<MemberField, Object>> rows = MemberSheets.members(3, "Lò Văn", chapter);
		rows.forEach(r -> r.put(MemberField.ETHNICITY, "Thái"));
		importRows(rows);
		byte[] file;
		try (XSSFWorkbook workbook = export("?unit=" + chapter, asSecretary())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(column(sheet, MemberField.ETHNICITY)).containsOnly("");
			assertThat(column(sheet, MemberField.RELIGION)).containsOnly("");
			assertThat(column(sheet, MemberField.FULL_NAME)).hasSize(3);
			file = bytes(workbook);
		}
		try (XSSFWorkbook workbook = export("?unit=" + chapter, asEditor())) {
			assertThat(column(workbook.getSheetAt(0), MemberField.ETHNICITY)).containsOnly("Thái");
		}
		String report = api(file, true, asEditor(), 200);
		assertThat(count(report, "$.errorCount")).isZero();
		assertThat(count(report, "$.unchanged")).isEqualTo(3);
		api(file, false, asEditor(), 200);
		assertThat(jdbc.sql("select distinct ethnicity from member where unit_id = ?").param(chapter).query(String.class).list())
			.containsExactly("Thái");
	}

	@Test
	void everyExportAndImportLeavesAnAuditLine() throws Exception {
		long chapter = unit(unitA, "SUB_CHAPTER", "Chi bộ Nhật Ký " + tag);
		importRows(MemberSheets.members(2, "Đinh Văn", chapter));
		assertThat(auditLines("IMPORT", editor)).contains("thêm 2, cập nhật 0");
		assertThat(detailOfLast("IMPORT", editor)).isEqualTo("dang-vien.xlsx");
		export("?unit=" + chapter + "&status=FULL", asEditor()).close();
		assertThat(auditLines("EXPORT", editor)).contains("2 dòng");
		assertThat(detailOfLast("EXPORT", editor))
			.isEqualTo("đơn vị: Chi bộ Nhật Ký " + tag + " (" + chapter + "); trạng thái: Chính thức");
	}

	/** The lines' texts as the Vietnamese trail shows them: the described message, else the after-summary. */
	List<String> auditLines(String action, String actor) {
		return jdbc.sql("select message_key, message_args, coalesce(after_summary, '') as after_summary from audit_event"
				+ " where action = ? and actor = ? and record_type = 'MEMBER' order by id")
			.params(action, actor)
			.query((rs, i) -> rs.getString("message_key") == null ? rs.getString("after_summary")
					: messages.getMessage(rs.getString("message_key"), (Object[]) rs.getArray("message_args").getArray(),
							java.util.Locale.forLanguageTag("vi")))
			.list();
	}

	String detailOfLast(String action, String actor) {
		return jdbc.sql("select detail from audit_event where action = ? and actor = ? order by id desc limit 1")
			.params(action, actor)
			.query(String.class)
			.single();
	}

	// Existence outside the scope (issue 14, item 7) -------------------------------------------

	@Test
	void aCitizenIdHeldOutsideTheScopeIsRefusedWithoutSayingSo_oneHeldInsideIsNamedAsTaken() throws Exception {
		Map<MemberField, Object> far = MemberSheets.member("Đinh Văn Xa", chapterB);
		assertThat(count(api(MemberSheets.workbook(List.of(far)), false, Fixtures.admin(), 200), "$.created")).isEqualTo(1);
		String farId = (String) far.get(MemberField.CITIZEN_ID);
		String unusable = "Không nhập được: số CCCD " + farId + " không hợp lệ hoặc không dùng được.";

		Map<MemberField, Object> fresh = MemberSheets.member("Đinh Văn Mới", chapter1);
		fresh.put(MemberField.CITIZEN_ID, farId);
		String json = check(List.of(fresh));
		assertSingleError(json, 3, "Số CCCD", unusable);
		assertThat(json).doesNotContain("đã có trong hệ thống");

		Map<MemberField, Object> near = MemberSheets.member("Đinh Văn Gần", chapter1);
		Map<MemberField, Object> neighbour = MemberSheets.member("Đinh Thị Bên", chapter2);
		importRows(List.of(near, neighbour));
		Map<MemberField, Object> takesFar = new java.util.EnumMap<>(near);
		takesFar.put(MemberField.CITIZEN_ID, farId);
		json = check(List.of(takesFar));
		assertSingleError(json, 3, "Số CCCD", unusable);
		assertThat(json).doesNotContain("đã có trong hệ thống");

		Map<MemberField, Object> takesNeighbours = new java.util.EnumMap<>(near);
		takesNeighbours.put(MemberField.CITIZEN_ID, neighbour.get(MemberField.CITIZEN_ID));
		assertSingleError(check(List.of(takesNeighbours)), 3, "Số CCCD",
				"Số CCCD " + neighbour.get(MemberField.CITIZEN_ID) + " đã có trong hệ thống.");
	}

	@Test
	void aPartyCardHeldOutsideTheScopeIsRefusedWithoutSayingSo() throws Exception {
		Map<MemberField, Object> far = MemberSheets.member("Đinh Văn Thẻ", chapterB);
		api(MemberSheets.workbook(List.of(far)), false, Fixtures.admin(), 200);
		Map<MemberField, Object> row = MemberSheets.member("Đinh Văn Trùng", chapter1);
		row.put(MemberField.PARTY_CARD_NO, far.get(MemberField.PARTY_CARD_NO));
		String json = check(List.of(row));
		assertSingleError(json, 3, "Số thẻ đảng viên",
				"Không nhập được: số thẻ đảng viên " + far.get(MemberField.PARTY_CARD_NO) + " không hợp lệ hoặc không dùng được.");
		assertThat(json).doesNotContain("đã có trong hệ thống");
	}
}
