package vn.xdd.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.xdd.Fixtures.CHANGED_PASSWORD;
import static vn.xdd.Fixtures.admin;
import static vn.xdd.Fixtures.as;
import static vn.xdd.Fixtures.body;
import static vn.xdd.Fixtures.number;
import static vn.xdd.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.document.issue.application.DocumentHeaders;
import vn.xdd.document.issue.application.PreviewHeader;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.plan.PlanDocumentSource;
import vn.xdd.document.report.ReportDocumentSource;
import vn.xdd.review.ShortcomingCounts;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.UnitBreakdown;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * The documents a district produces: its remediation plan as KẾ HOẠCH with every task, its results
 * report as BÁO CÁO whose figures are the register's, the statistics as Excel, the pages.
 */
@XddIntegrationTest
class DocumentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanDocumentSource planSource;

	@Autowired
	ReportDocumentSource reportSource;

	@Autowired
	PreviewHeader previewHeader;

	@Autowired
	DocumentHeaders headers;

	@Autowired
	vn.xdd.document.render.DocumentRenderer renderer;

	@Autowired
	ShortcomingCounts counts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Fixtures fixtures;

	long district;

	String districtName;

	long chapter;

	String chapterName;

	long otherChapter;

	String otherChapterName;

	String board;

	long boardId;

	String secretary;

	@BeforeEach
	void tree() throws Exception {
		fixtures = new Fixtures(mvc);
		districtName = unique("Huyện ủy Hữu Lũng");
		district = fixtures.createUnit(Fixtures.ROOT, districtName, "DISTRICT_COMMITTEE", admin());
		chapterName = unique("Chi bộ Thôn Đồng");
		chapter = fixtures.createUnit(district, chapterName, "GRASSROOTS_CHAPTER", admin());
		otherChapterName = unique("Chi bộ Thôn Bãi");
		otherChapter = fixtures.createUnit(district, otherChapterName, "GRASSROOTS_CHAPTER", admin());
		board = unique("bantochuc");
		boardId = fixtures.activeUser(board, Role.ORGANIZATION_BOARD, district).id();
		secretary = unique("bithu");
		fixtures.activeUser(secretary, Role.SECRETARY, chapter);
	}

	RequestPostProcessor user(String name) {
		return as(name, CHANGED_PASSWORD);
	}

	String postJson(String path, String who, String json, int expected) throws Exception {
		return body(mvc.perform(post(path).with(user(who)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(expected))
			.andReturn());
	}

	vn.xdd.document.model.SignatureBlock signature(long unit) {
		return DocumentHeaders.signature(headers.profile(new OrgUnitId(unit)));
	}

	<T> T signedInAs(String username, long id, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new XddUserPrincipal(id, username, username, false), null, List.of()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	// The plan -----------------------------------------------------------------------------------

	@Test
	void thePlanDocumentCarriesEveryGroupAndTaskWithItsLeadAndDeadline() throws Exception {
		long plan = number(postJson("/api/v1/plans", board, """
				{"unitId":%d,"numberSymbol":"%s","issuedOn":"2026-01-30",
				 "title":"Kế hoạch triển khai các giải pháp khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025",
				 "templateCode":"NQ12-3"}""".formatted(district, unique("42a-KH/HU")), 201), "$.id");
		String detail = body(mvc.perform(get("/api/v1/plans/" + plan).with(user(board))).andReturn());
		List<Integer> groupIds = JsonPath.read(detail, "$.groups[*].id");
		List<String> groupTitles = JsonPath.read(detail, "$.groups[*].title");
		assertThat(groupIds).hasSizeGreaterThanOrEqualTo(2);
		postJson("/api/v1/plans/" + plan + "/tasks", board, """
				{"groupId":%d,"text":"Duy trì sinh hoạt chi bộ định kỳ","leadUnitId":%d,"coordinators":[%d],
				 "deadline":"2026-06-30","recurrence":"NONE","expectedOutput":"Biên bản sinh hoạt chi bộ"}"""
			.formatted(groupIds.get(0), chapter, otherChapter), 201);
		postJson("/api/v1/plans/" + plan + "/tasks", board, """
				{"groupId":%d,"text":"Kiểm tra việc thực hiện nghị quyết","leadUnitId":%d,
				 "recurrence":"QUARTERLY","expectedOutput":"Báo cáo kiểm tra"}"""
			.formatted(groupIds.get(1), otherChapter), 201);
		postJson("/api/v1/plans/" + plan + "/dissemination", board, "{\"unitIds\":[" + chapter + "]}", 200);

		OfficialDocument doc = signedInAs(board, boardId, () -> planSource.compose(plan,
				previewHeader.header(DocumentKind.REMEDIATION_PLAN, plan, null), signature(district)));

		assertThat(doc.typeTitle()).isEqualTo("KẾ HOẠCH");
		assertThat(doc.summary())
			.isEqualTo("triển khai các giải pháp khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025");
		assertThat(doc.header().numberLine()).startsWith("Số ").endsWith("-KH/HU");
		List<String> sections = doc.body().stream()
			.filter(b -> b instanceof Block.Heading h && h.level() == 2)
			.map(b -> ((Block.Heading) b).text())
			.toList();
		assertThat(sections).containsExactlyElementsOf(groupTitles);
		List<String> parts = doc.body().stream()
			.filter(b -> b instanceof Block.Heading h && h.level() == 1)
			.map(b -> ((Block.Heading) b).label() + " " + ((Block.Heading) b).text())
			.toList();
		assertThat(parts).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. NHÓM GIẢI PHÁP VÀ NHIỆM VỤ",
				"III. TỔ CHỨC THỰC HIỆN");
		List<Block.Item> tasks = doc.body().stream().filter(Block.Item.class::isInstance).map(Block.Item.class::cast).toList();
		assertThat(tasks).hasSize(2);
		assertThat(tasks.get(0).boldLead()).isEqualTo("Duy trì sinh hoạt chi bộ định kỳ.");
		assertThat(tasks.get(0).text()).contains("Chủ trì: " + chapterName)
			.contains("thời hạn: 30/06/2026")
			.contains("sản phẩm: biên bản sinh hoạt chi bộ")
			.contains("phối hợp: ");
		assertThat(tasks.get(1).text()).contains("thời hạn: hằng quý");
		// The first task sits under the first group, the second under the second.
		int firstGroup = doc.body().indexOf(new Block.Heading(2, "1.", groupTitles.get(0)));
		int secondGroup = doc.body().indexOf(new Block.Heading(2, "2.", groupTitles.get(1)));
		assertThat(doc.body().indexOf(tasks.get(0))).isBetween(firstGroup, secondGroup);
		assertThat(doc.body().indexOf(tasks.get(1))).isGreaterThan(secondGroup);
		assertThat(doc.recipients()).containsExactly("- " + chapterName + ",", "- Lưu Văn phòng.");

		// The preview page shows it, and the plan page links to it.
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		String html = body(mvc.perform(get("/documents/plan/" + plan + "/preview").session(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html).contains("KẾ HOẠCH").contains("Duy trì sinh hoạt chi bộ định kỳ").contains("-KH/HU")
			.contains("Nơi nhận:");
		assertThat(body(mvc.perform(get("/plans/" + plan).session(session)).andReturn()))
			.contains("/documents/plan/" + plan + "/preview");

		// Ban hành from the preview: the numbering register gives the plan its number.
		assertThat(html).contains("data-testid=\"issue-document\"").contains("value=\"REMEDIATION_PLAN\"");
		mvc.perform(post("/documents/settings/terms").session(session)
			.with(csrf())
			.param("unit", Long.toString(district))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "document.termDeclared"));
		mvc.perform(post("/documents").session(session)
			.with(csrf())
			.param("kind", "REMEDIATION_PLAN")
			.param("sourceId", Long.toString(plan)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "document.issued"));
		// The plan now carries the register's number instead of the one typed in.
		assertThat(body(mvc.perform(get("/plans/" + plan).session(session)).andReturn())).contains("01-KH/HU");
		// A chapter's secretary sees the preview of a plan sent to the chapter, without the button.
		String chapterView = body(mvc.perform(get("/documents/plan/" + plan + "/preview")
			.session(fixtures.login(secretary, CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(chapterView).contains("KẾ HOẠCH").doesNotContain("data-testid=\"issue-document\"");
	}

	// The results report -------------------------------------------------------------------------

	long record(long unit, String text, String deadline) throws Exception {
		return number(postJson("/api/v1/shortcomings", board, """
				{"sourceKind":"REVIEW","holderKind":"UNIT","holderUnitId":%d,"text":"%s",
				 "tags":["NQ04-1.4","LV-SINH_HOAT"],"cause":"SUBJECTIVE","responsibility":"COLLECTIVE",
				 "remedy":"Sinh hoạt đúng định kỳ","deadline":"%s","answerable":"Bí thư chi bộ"}"""
			.formatted(unit, text, deadline), 201), "$.item.id");
	}

	void move(String who, long id, String to) throws Exception {
		postJson("/api/v1/shortcomings/" + id + "/transitions", who, "{\"to\":\"" + to + "\",\"note\":\"Ghi chú\"}", 200);
	}

	/** Items in every stage: the chapter's five (one overdue), the other chapter's verified one, the district's own. */
	void register() throws Exception {
		record(chapter, "Sinh hoạt chi bộ chưa đều", "2027-06-30");
		move(secretary, record(chapter, "Chưa lập sổ theo dõi", "2027-06-30"), "IN_PROGRESS");
		move(secretary, record(chapter, "Chậm nộp báo cáo", "2027-06-30"), "REPORTED");
		long verified = record(chapter, "Nghị quyết chưa sát thực tế", "2027-06-30");
		move(secretary, verified, "REPORTED");
		move(board, verified, "VERIFIED");
		record(chapter, "Chưa thu đảng phí đúng hạn", "2020-01-31");
		long other = record(otherChapter, "Chưa phân công đảng viên", "2027-06-30");
		move(board, other, "REPORTED");
		move(board, other, "VERIFIED");
		record(district, "Chỉ đạo chưa quyết liệt", "2027-06-30");
	}

	long newReport(MockHttpSession session, long unit) throws Exception {
		String location = mvc.perform(post("/documents/reports").session(session)
			.with(csrf())
			.param("unitId", Long.toString(unit))
			.param("periodFrom", Fixtures.today().minusMonths(1).toString())
			.param("periodTo", Fixtures.today().plusDays(1).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theReportsFiguresAreTheRegistersAndItsStatisticsComeAsExcel() throws Exception {
		register();
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		long report = newReport(session, district);

		UnitBreakdown breakdown = signedInAs(board, boardId, () -> counts.breakdown(new OrgUnitId(district)));
		OfficialDocument doc = signedInAs(board, boardId, () -> reportSource.compose(report,
				previewHeader.header(DocumentKind.REMEDIATION_REPORT, report, null), signature(district)));
		assertThat(doc.typeTitle()).isEqualTo("BÁO CÁO");
		Block.Table table = doc.body().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
			.findFirst().orElseThrow();
		assertThat(table.headerRows().get(0).get(3)).isEqualTo(Block.Cell.header("Kết quả khắc phục", 4, 1));
		// Rows: the district's own items, the chapter, the other chapter, the total.
		assertThat(table.rows()).hasSize(4);
		assertThat(table.rows().get(0).get(1).text()).isEqualTo(districtName + " (cấp mình)");
		assertThat(figures(table.rows().get(0))).containsExactly(row(breakdown.own().tally()));
		assertThat(figures(rowOf(table, chapterName))).containsExactly(row(tallyOf(breakdown, chapter)));
		assertThat(figures(rowOf(table, otherChapterName))).containsExactly(row(tallyOf(breakdown, otherChapter)));
		assertThat(table.rows().get(3).get(1).text()).isEqualTo("Tổng cộng");
		assertThat(figures(table.rows().get(3))).containsExactly(row(breakdown.total()));
		// And those are the register as recorded above.
		assertThat(figures(rowOf(table, chapterName))).containsExactly("5", "1", "1", "1", "2", "1", "20,0");
		assertThat(figures(table.rows().get(3))).containsExactly("7", "2", "1", "1", "3", "1", "28,6");
		assertThat(doc.body()).contains(new Block.Paragraph("Tổng số 7 hạn chế, khuyết điểm; đã khắc phục được xác nhận 2"
				+ " (28,6%); đã báo cáo, chờ xác nhận 1; đang khắc phục 1; chưa khắc phục 3; quá hạn 1."));
		Block.Table byTag = doc.body().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
			.skip(1).findFirst().orElseThrow();
		assertThat(byTag.rows()).hasSize(2).allSatisfy(r -> assertThat(r.get(2).text()).isEqualTo("7"));

		// Two charts drawn on the server: status by unit and the share remedied.
		List<Block.Chart> charts = doc.body().stream().filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).toList();
		assertThat(charts).extracting(Block.Chart::caption)
			.containsExactly("Biểu đồ 1. Tình hình khắc phục theo đơn vị", "Biểu đồ 2. Tỷ lệ đã khắc phục được xác nhận");
		assertThat(charts).allSatisfy(c -> assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G'));
		assertThat(renderer.docx(doc)).isNotEmpty();

		// The page shows the preview with its table.
		String html = body(mvc.perform(get("/documents/reports/" + report).session(session)).andExpect(status().isOk()).andReturn());
		assertThat(html).contains("BÁO CÁO").contains("Kết quả khắc phục").contains("colspan=\"4\"")
			.contains("Đã báo cáo, chờ xác nhận").contains("-BC/HU").contains("28,6").contains("src=\"data:image/png;base64,");
		assertThat(body(mvc.perform(get("/documents/reports").session(session)).andExpect(status().isOk()).andReturn()))
			.contains(districtName);
		mvc.perform(get("/documents/reports/new").session(session)).andExpect(status().isOk());

		// The statistics as Excel: a merged title, merged headers, numbers as numbers.
		byte[] xlsx = mvc.perform(get("/api/v1/documents/reports/" + report + "/statistics.xlsx").with(user(board)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(districtName)
				.contains("từ ngày " + Fixtures.today().minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
			// Title A1:I1; Biểu 1 caption on row 3, headers on rows 4-5.
			assertThat(merged).contains("A1:I1", "A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "I4:I5");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Kết quả khắc phục");
			assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Đã xác nhận khắc phục");
			assertThat(workbook.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(workbook.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getFontName())
				.isEqualTo("Times New Roman");
			Row total = sheet.getRow(8);
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			List<Double> values = new ArrayList<>();
			for (int c = 2; c <= 7; c++) {
				Cell cell = total.getCell(c);
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				values.add(cell.getNumericCellValue());
			}
			assertThat(values).containsExactly(7.0, 2.0, 1.0, 1.0, 3.0, 1.0);
			Cell share = total.getCell(8);
			assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(share.getNumericCellValue()).isEqualTo(0.286);
			assertThat(share.getCellStyle().getDataFormatString()).contains("%");
		}
		mvc.perform(get("/documents/reports/" + report + "/statistics.xlsx").session(session))
			.andExpect(status().isOk());
	}

	@Test
	void theIssuedReportDocxHasTheHeaderInWordsAndTheRegistersFigures() throws Exception {
		register();
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		long report = newReport(session, district);
		mvc.perform(post("/documents/settings/terms").session(session)
			.with(csrf())
			.param("unit", Long.toString(district))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16")).andExpect(status().is3xxRedirection());
		String issued = postJson("/api/v1/documents", board,
				"{\"kind\":\"REMEDIATION_REPORT\",\"sourceId\":" + report + ",\"issuedOn\":\"2026-11-30\"}", 201);
		long id = number(issued, "$.id");
		assertThat((String) com.jayway.jsonpath.JsonPath.read(issued, "$.numberSymbol")).isEqualTo("01-BC/HU");
		byte[] docx = mvc.perform(get("/api/v1/documents/" + id + "/file").param("format", "docx").with(user(board)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		UnitBreakdown breakdown = signedInAs(board, boardId, () -> counts.breakdown(new OrgUnitId(district)));
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			var header = word.getTables().get(0);
			String left = header.getRow(0).getCell(0).getText();
			String right = header.getRow(0).getCell(1).getText();
			assertThat(left).contains(districtName.toUpperCase(java.util.Locale.forLanguageTag("vi"))).contains("*")
				.contains("Số 01-BC/HU");
			assertThat(right).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("ngày 30 tháng 11 năm 2026");
			// Every run names Times New Roman.
			List<org.apache.poi.xwpf.usermodel.XWPFRun> runs = new java.util.ArrayList<>();
			word.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
			word.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
				.forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
			assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
			// Biểu 1: every figure of every row is the register's.
			var byUnit = word.getTables().stream()
				.filter(t -> t.getText().contains("Tổng cộng") && t.getText().contains(chapterName))
				.findFirst()
				.orElseThrow();
			java.util.Map<String, ShortcomingTally> expected = java.util.Map.of(chapterName, tallyOf(breakdown, chapter),
					otherChapterName, tallyOf(breakdown, otherChapter), "Tổng cộng", breakdown.total(),
					districtName + " (cấp mình)", breakdown.own().tally());
			int checked = 0;
			for (var row : byUnit.getRows()) {
				var cells = row.getTableCells();
				String label = cells.get(1).getText().strip();
				if (expected.containsKey(label)) {
					List<String> values = cells.subList(2, cells.size()).stream().map(c -> c.getText().strip()).toList();
					assertThat(values).as(label).containsExactly(row(expected.get(label)));
					checked++;
				}
			}
			assertThat(checked).isEqualTo(4);
		}
	}

	static List<Block.Cell> rowOf(Block.Table table, String label) {
		return table.rows().stream().filter(r -> r.get(1).text().equals(label)).findFirst().orElseThrow();
	}

	static List<String> figures(List<Block.Cell> row) {
		return row.subList(2, row.size()).stream().map(Block.Cell::text).toList();
	}

	static String[] row(ShortcomingTally t) {
		String percent = t.total() == 0 ? ""
				: java.math.BigDecimal.valueOf(t.verified() * 100L)
					.divide(java.math.BigDecimal.valueOf(t.total()), 1, java.math.RoundingMode.HALF_UP)
					.toPlainString()
					.replace('.', ',');
		return new String[] { Long.toString(t.total()), Long.toString(t.verified()), Long.toString(t.reported()),
				Long.toString(t.inProgress() + t.returned()), Long.toString(t.open()), Long.toString(t.overdue()),
				percent };
	}

	static ShortcomingTally tallyOf(UnitBreakdown breakdown, long unit) {
		return breakdown.children().stream().filter(c -> c.unit().value() == unit).findFirst().orElseThrow().tally();
	}

	@Test
	void theReportCountsOnlyItemsRecordedInItsPeriod() throws Exception {
		long inPeriod = record(chapter, "Ghi nhận trong kỳ", "2027-06-30");
		long before = record(chapter, "Ghi nhận trước kỳ", "2027-06-30");
		record(chapter, "Ghi nhận sau kỳ", "2027-06-30");
		jdbc.sql("update shortcoming set recorded_at = ? where id = ?")
			.params(java.time.OffsetDateTime.parse("2025-06-15T10:00:00+07:00"), inPeriod)
			.update();
		jdbc.sql("update shortcoming set recorded_at = ? where id = ?")
			.params(java.time.OffsetDateTime.parse("2024-12-31T23:30:00+07:00"), before)
			.update();
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		String location = mvc.perform(post("/documents/reports").session(session)
			.with(csrf())
			.param("unitId", Long.toString(chapter))
			.param("periodFrom", "2025-01-01")
			.param("periodTo", "2025-12-31"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long report = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		OfficialDocument doc = signedInAs(board, boardId, () -> reportSource.compose(report,
				previewHeader.header(DocumentKind.REMEDIATION_REPORT, report, null), signature(chapter)));
		assertThat(doc.summary()).isEqualTo(
				"kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm (từ ngày 01/01/2025 đến ngày 31/12/2025)");
		assertThat(doc.body()).contains(new Block.Paragraph("Tổng số 1 hạn chế, khuyết điểm; đã khắc phục được xác nhận 0"
				+ " (0,0%); đã báo cáo, chờ xác nhận 0; đang khắc phục 0; chưa khắc phục 1; quá hạn 0."));
		assertThat(doc.signature().authority()).isEqualTo("T/M CHI BỘ");
		assertThat(doc.header().numberLine()).endsWith("-BC/CB");
	}

	@Test
	void editingTheTextsShowsThemAndAStaleCopyIsRefused() throws Exception {
		MockHttpSession session = fixtures.login(board, CHANGED_PASSWORD);
		long report = newReport(session, district);
		mvc.perform(post("/documents/reports/" + report).session(session)
			.with(csrf())
			.param("version", "0")
			.param("situation", "Huyện ủy đã ban hành kế hoạch khắc phục.\n- Tổ chức hội nghị quán triệt")
			.param("limitations", "Một số chi bộ còn chậm.")
			.param("tasksAhead", "Tiếp tục đôn đốc.")
			.param("recommendations", "Đề nghị Tỉnh ủy hướng dẫn."))
			.andExpect(status().is3xxRedirection());
		String html = body(mvc.perform(get("/documents/reports/" + report).session(session)).andExpect(status().isOk()).andReturn());
		assertThat(html).contains("Huyện ủy đã ban hành kế hoạch khắc phục.").contains("Tổ chức hội nghị quán triệt")
			.contains("Đề nghị Tỉnh ủy hướng dẫn.")
			.contains("name=\"version\" value=\"1\"");

		// Someone else saved meanwhile: the copy opened at version 0 is refused and the text kept.
		mvc.perform(post("/documents/reports/" + report).session(session)
			.with(csrf())
			.param("version", "0")
			.param("situation", "Bản cũ")
			.param("limitations", "")
			.param("tasksAhead", "")
			.param("recommendations", ""))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Bản ghi vừa được người khác thay đổi")));
		assertThat(body(mvc.perform(get("/documents/reports/" + report).session(session)).andReturn()))
			.doesNotContain("Bản cũ")
			.contains("Huyện ủy đã ban hành kế hoạch khắc phục.");
	}

	@Test
	void anotherUnitsReportIsNotFound() throws Exception {
		long report = newReport(fixtures.login(board, CHANGED_PASSWORD), otherChapter);
		MockHttpSession chapterSession = fixtures.login(secretary, CHANGED_PASSWORD);
		mvc.perform(get("/documents/reports/" + report).session(chapterSession)).andExpect(status().isNotFound());
		mvc.perform(post("/documents/reports/" + report).session(chapterSession)
			.with(csrf())
			.param("version", "0")
			.param("situation", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/documents/reports/" + report + "/statistics.xlsx").session(chapterSession))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/reports/" + report + "/statistics.xlsx").with(user(secretary)))
			.andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/documents/reports").session(chapterSession)).andReturn()))
			.doesNotContain("/documents/reports/" + report + "\"");
		// A chapter cannot start a report of its district either.
		mvc.perform(post("/documents/reports").session(chapterSession)
			.with(csrf())
			.param("unitId", Long.toString(district))
			.param("periodFrom", "2026-01-01")
			.param("periodTo", "2026-06-30"))
			.andExpect(status().isNotFound());
	}
}
