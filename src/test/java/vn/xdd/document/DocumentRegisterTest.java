package vn.xdd.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.document.issue.application.IssueDocument;
import vn.xdd.document.issue.application.PreviewHeader;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issuing documents into the register and finding them again: the office of a party committee
 * declares its term, issues a plan (number 01 of the term), re-issues it (version 2, same number,
 * version 1 untouched), finds it on the register page without diacritics; another unit's office
 * does not see it.
 */
@XddIntegrationTest
@Import(FixedDocumentSource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRegisterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PreviewHeader previewHeader;

	@Autowired
	IssueDocument issueDocument;

	Fixtures fixtures;

	long unit;

	String office;

	MockHttpSession officeSession;

	long otherUnit;

	String otherOffice;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		unit = fixtures.createUnit(Fixtures.ROOT, "Đảng ủy Khối " + Fixtures.unique("vb"));
		office = Fixtures.unique("vanphong");
		fixtures.activeUser(office, Role.OFFICE, unit);
		officeSession = fixtures.login(office, Fixtures.CHANGED_PASSWORD);
		mvc.perform(post("/documents/settings/terms").session(officeSession)
			.with(csrf())
			.param("unit", Long.toString(unit))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16")).andExpect(flash().attribute("notice", "document.termDeclared"));

		otherUnit = fixtures.createUnit(Fixtures.ROOT, "Đảng ủy Khối " + Fixtures.unique("khac"));
		otherOffice = Fixtures.unique("vanphongkhac");
		fixtures.activeUser(otherOffice, Role.OFFICE, otherUnit);
	}

	RequestPostProcessor asOffice() {
		return Fixtures.as(office, Fixtures.CHANGED_PASSWORD);
	}

	RequestPostProcessor asOtherOffice() {
		return Fixtures.as(otherOffice, Fixtures.CHANGED_PASSWORD);
	}

	String issue(long sourceId, String extra) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/documents").with(asOffice())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + sourceId + ",\"issuedOn\":\"2026-01-30\"" + extra
						+ "}"))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.body(result);
	}

	byte[] download(long id, String format, int version, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/documents/" + id + "/file").with(who)
			.param("format", format)
			.param("version", Integer.toString(version))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	/** The text of word/document.xml of a .docx. */
	static String documentText(byte[] docx) throws Exception {
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return new String(docx, StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void issuingGivesTheNextNumberOfTheTermAndReissuingKeepsVersionOneUnchanged() throws Exception {
		long source = FixedDocumentSource.plan(unit, "khắc phục hạn chế, khuyết điểm sau kiểm điểm năm 2025");
		String json = issue(source, "");
		long id = Fixtures.number(json, "$.id");
		String symbol = JsonPath.read(json, "$.numberSymbol");
		assertThat(symbol).matches("\\d{2}-KH/ĐU");
		assertThat(JsonPath.<Integer>read(json, "$.versions.length()")).isEqualTo(1);
		String docxSha = JsonPath.read(json, "$.versions[0].docxSha256");

		byte[] v1 = download(id, "docx", 1, asOffice());
		assertThat(sha256(v1)).isEqualTo(docxSha);
		byte[] v1pdf = download(id, "pdf", 1, asOffice());

		String again = Fixtures.body(mvc.perform(post("/api/v1/documents/" + id + "/versions").with(asOffice()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.numberSymbol").value(symbol))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[0].docxSha256").value(docxSha))
			.andReturn());
		assertThat(JsonPath.<String>read(again, "$.versions[1].docxSha256")).isNotEqualTo(docxSha);

		assertThat(download(id, "docx", 1, asOffice())).isEqualTo(v1);
		assertThat(download(id, "pdf", 1, asOffice())).isEqualTo(v1pdf);
		assertThat(sha256(download(id, "docx", 2, asOffice())))
			.isEqualTo(JsonPath.<String>read(again, "$.versions[1].docxSha256"));

		assertThatThrownBy(() -> jdbc.sql("update document_version set docx = ? where document_id = ?")
			.params(new byte[] { 1 }, id)
			.update()).hasMessageContaining("append-only");

		mvc.perform(post("/api/v1/documents").with(asOffice())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + source + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(symbol)));
	}

	@Test
	void theFileIsServedWithItsVietnameseNameAndTheReadIsAudited() throws Exception {
		long id = Fixtures.number(issue(FixedDocumentSource.plan(unit, "quán triệt kết luận kiểm điểm"), ""), "$.id");
		String symbol = JsonPath.read(Fixtures.body(mvc.perform(get("/api/v1/documents/" + id).with(asOffice())).andReturn()),
				"$.numberSymbol");
		String number = symbol.substring(0, symbol.indexOf('-'));
		mvc.perform(get("/documents/" + id + "/file").session(officeSession).param("format", "docx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''KH-" + number + "-%C4%90U.docx")))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"KH-" + number + "-DU.docx\"")));
		long reads = jdbc.sql("select count(*) from audit_event where record_type = 'DOCUMENT' and action = 'READ' "
				+ "and record_id = ? and actor = ?").params(Long.toString(id), office).query(Long.class).single();
		assertThat(reads).isEqualTo(1);
	}

	@Test
	void aDocumentInsertedIntoTheSeriesTakesTheNumberItFollowsWithALetter() throws Exception {
		String first = issue(FixedDocumentSource.plan(unit, "kế hoạch gốc"), "");
		int number = JsonPath.<Integer>read(first, "$.number");
		String inserted = issue(FixedDocumentSource.plan(unit, "kế hoạch chèn thêm"), ",\"suffix\":\"" + number + "\"");
		assertThat(JsonPath.<String>read(inserted, "$.numberSymbol")).isEqualTo("%02da-KH/ĐU".formatted(number));
		String next = issue(FixedDocumentSource.plan(unit, "kế hoạch chèn thêm lần hai"), ",\"suffix\":\"" + number + "b\"");
		assertThat(JsonPath.<String>read(next, "$.numberSymbol")).isEqualTo("%02db-KH/ĐU".formatted(number));

		mvc.perform(post("/api/v1/documents").with(asOffice())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + FixedDocumentSource.plan(unit, "chèn sai")
					+ ",\"issuedOn\":\"2026-01-30\",\"suffix\":\"999a\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Chưa có văn bản số 999")));
	}

	@Test
	void withoutADeclaredTermTheOfficeIsToldToDeclareOne() throws Exception {
		mvc.perform(post("/api/v1/documents").with(asOffice())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + FixedDocumentSource.plan(unit, "trước nhiệm kỳ")
					+ ",\"issuedOn\":\"2024-05-02\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Chưa khai báo nhiệm kỳ của cấp ủy")))
			.andExpect(jsonPath("$.detail").value(containsString("02/05/2024")));
	}

	@Test
	void theRegisterPageFindsTheDocumentWithoutDiacritics() throws Exception {
		String tag = Fixtures.unique("tk");
		String json = issue(FixedDocumentSource.plan(unit, "triển khai giải pháp khắc phục khuyết điểm " + tag), "");
		String symbol = JsonPath.read(json, "$.numberSymbol");
		String page = Fixtures.body(mvc.perform(get("/documents").session(officeSession).param("q", "trien khai giai phap " + tag))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(symbol)
			.contains("triển khai giải pháp khắc phục khuyết điểm " + tag)
			.contains(JsonPath.<String>read(json, "$.versions[0].docxSha256"))
			.contains("/documents/" + Fixtures.number(json, "$.id") + "/file?format=docx&amp;version=1");
		mvc.perform(get("/documents").session(officeSession).param("q", "khong co " + tag))
			.andExpect(content().string(not(containsString(symbol))))
			.andExpect(content().string(containsString("Chưa có văn bản nào")));
		mvc.perform(get("/documents").session(officeSession).param("q", tag).param("type", "BC"))
			.andExpect(content().string(not(containsString(symbol))));
		mvc.perform(get("/documents").session(officeSession).param("q", tag).param("year", "2026"))
			.andExpect(content().string(containsString(symbol)));
		mvc.perform(get("/documents").session(officeSession).param("q", tag).param("year", "2025"))
			.andExpect(content().string(not(containsString(symbol))));
		mvc.perform(get("/api/v1/documents").with(asOffice()).param("q", "TRIEN KHAI " + tag))
			.andExpect(jsonPath("$[0].numberSymbol").value(symbol));
	}

	@Test
	void anotherUnitsOfficeFindsNeitherTheDocumentNorItsFiles() throws Exception {
		String tag = Fixtures.unique("mat");
		long id = Fixtures.number(issue(FixedDocumentSource.plan(unit, "văn bản nội bộ " + tag), ""), "$.id");
		mvc.perform(get("/api/v1/documents/" + id).with(asOtherOffice())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/" + id + "/file").with(asOtherOffice()).param("format", "pdf"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/documents/" + id + "/versions").with(asOtherOffice())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents").with(asOtherOffice()).param("q", tag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		MockHttpSession other = fixtures.login(otherOffice, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/documents/" + id + "/file").session(other)).andExpect(status().isNotFound());
		mvc.perform(get("/documents").session(other).param("q", tag))
			.andExpect(content().string(not(containsString("văn bản nội bộ " + tag))));
		mvc.perform(get("/documents/settings").session(other).param("unit", Long.toString(unit)))
			.andExpect(status().isNotFound());
		long refused = jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?")
			.param(otherOffice)
			.query(Long.class)
			.single();
		assertThat(refused).isPositive();
	}

	@Test
	void aPreviewShowsTheSymbolWithoutANumberAndReservesNothing() throws Exception {
		long source = FixedDocumentSource.plan(unit, "dự thảo kế hoạch");
		org.springframework.security.core.context.SecurityContext context = (org.springframework.security.core.context.SecurityContext) officeSession
			.getAttribute("SPRING_SECURITY_CONTEXT");
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		String reserved = "select coalesce(sum(last_number), 0) from document_number_sequence where unit_id = ?";
		long before = jdbc.sql(reserved).param(unit).query(Long.class).single();
		try {
			DocumentHeader header = previewHeader.header(DocumentKind.REMEDIATION_PLAN, source, LocalDate.of(2026, 1, 30));
			assertThat(jdbc.sql(reserved).param(unit).query(Long.class).single()).isEqualTo(before);
			assertThat(header.numberSymbol()).isNull();
			assertThat(header.draftSymbol()).isEqualTo("-KH/ĐU");
			assertThat(header.numberLine()).startsWith("Số ").endsWith("-KH/ĐU");
			assertThat(header.placeAndDate()).endsWith("ngày 30 tháng 01 năm 2026");
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theOfficeIssuesFromAPageFormAndIsShownTheDocumentInTheRegister() throws Exception {
		String tag = Fixtures.unique("trang");
		long source = FixedDocumentSource.plan(unit, "ban hành từ trang " + tag);
		mvc.perform(post("/documents").session(officeSession)
			.with(csrf())
			.param("kind", "REMEDIATION_PLAN")
			.param("sourceId", Long.toString(source))
			.param("issuedOn", "2026-02-02"))
			.andExpect(flash().attribute("notice", "document.issued"));
		mvc.perform(get("/documents").session(officeSession).param("q", "ban hanh tu trang " + tag))
			.andExpect(content().string(containsString("ban hành từ trang " + tag)))
			.andExpect(content().string(containsString("02/02/2026")));
		mvc.perform(post("/documents").session(officeSession)
			.with(csrf())
			.param("kind", "REMEDIATION_PLAN")
			.param("sourceId", Long.toString(source)))
			.andExpect(flash().attribute("problem", "document.error.alreadyIssued"));
	}

	@Test
	void fortyDocumentsIssuedAtOnceFromEightThreadsAreNumbered01To40() throws Exception {
		long busy = fixtures.createUnit(Fixtures.ROOT, "Đảng ủy " + Fixtures.unique("dongthoi"));
		String clerk = Fixtures.unique("vanthu");
		fixtures.activeUser(clerk, Role.OFFICE, busy);
		MockHttpSession session = fixtures.login(clerk, Fixtures.CHANGED_PASSWORD);
		mvc.perform(post("/documents/settings/terms").session(session)
			.with(csrf())
			.param("unit", Long.toString(busy))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16")).andExpect(flash().attribute("notice", "document.termDeclared"));
		org.springframework.security.core.context.SecurityContext context = (org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			java.util.List<java.util.concurrent.Callable<String>> calls = new java.util.ArrayList<>();
			for (int i = 0; i < 40; i++) {
				long source = FixedDocumentSource.plan(busy, "kế hoạch đồng thời " + i);
				calls.add(() -> {
					org.springframework.security.core.context.SecurityContextHolder.setContext(context);
					try {
						return issueDocument
							.issue(new IssueDocument.Command(DocumentKind.REMEDIATION_PLAN, source, LocalDate.of(2026, 3, 2), null))
							.numberSymbol();
					}
					finally {
						org.springframework.security.core.context.SecurityContextHolder.clearContext();
					}
				});
			}
			java.util.List<String> symbols = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<String> f : pool.invokeAll(calls)) {
				symbols.add(f.get());
			}
			assertThat(symbols).containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(n -> "%02d-KH/ĐU".formatted(n)).toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void onlyTheOfficeStandingCommitteeOrOrganisationBoardIssues() throws Exception {
		String member = Fixtures.unique("dangvien");
		fixtures.activeUser(member, Role.MEMBER, unit);
		mvc.perform(post("/api/v1/documents").with(Fixtures.as(member, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + FixedDocumentSource.plan(unit, "không được ban hành")
					+ ",\"issuedOn\":\"2026-01-30\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Văn phòng")));
	}

	@Test
	void theIssuerProfileIsSuggestedThenSavedAndUsedInTheSymbol() throws Exception {
		long unit2 = fixtures.createUnit(Fixtures.ROOT, "Đảng ủy " + Fixtures.unique("hs"));
		String user = Fixtures.unique("bantochuc");
		fixtures.activeUser(user, Role.ORGANIZATION_BOARD, unit2);
		MockHttpSession session = fixtures.login(user, Fixtures.CHANGED_PASSWORD);
		String page = Fixtures.body(mvc.perform(get("/documents/settings").session(session).param("unit", Long.toString(unit2)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("value=\"ĐẢNG BỘ TỈNH").contains("value=\"T/M ĐẢNG ỦY\"").contains("value=\"ĐU\"");
		mvc.perform(post("/documents/settings/terms").session(session)
			.with(csrf())
			.param("unit", Long.toString(unit2))
			.param("name", "Nhiệm kỳ 2025–2030")
			.param("startsOn", "2025-10-16"));
		mvc.perform(post("/documents/settings/profile").session(session)
			.with(csrf())
			.param("unit", Long.toString(unit2))
			.param("version", "-1")
			.param("superiorBody", "ĐẢNG BỘ TỈNH LẠNG SƠN")
			.param("issuingBody", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH")
			.param("place", "Lạng Sơn")
			.param("bodyAbbreviation", "ĐUK")
			.param("authorityLine", "T/M BAN THƯỜNG VỤ")
			.param("signerTitle", "BÍ THƯ")
			.param("signerName", "Hoàng Văn Minh")
			.param("recipients", "- Thường trực Tỉnh ủy (để báo cáo),\n- Lưu Văn phòng.")).andExpect(flash().attribute("notice", "document.profileSaved"));
		String json = Fixtures.body(mvc
			.perform(post("/api/v1/documents").with(Fixtures.as(user, Fixtures.CHANGED_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"REMEDIATION_PLAN\",\"sourceId\":" + FixedDocumentSource.plan(unit2, "kế hoạch đầu nhiệm kỳ")
						+ ",\"issuedOn\":\"2026-01-30\"}"))
			.andExpect(status().isCreated())
			.andReturn());
		assertThat(JsonPath.<String>read(json, "$.numberSymbol")).isEqualTo("01-KH/ĐUK");
		String docx = documentText(download(Fixtures.number(json, "$.id"), "docx", 1,
				Fixtures.as(user, Fixtures.CHANGED_PASSWORD)));
		assertThat(docx).contains("ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "Hoàng Văn Minh", "Thường trực Tỉnh ủy (để báo cáo)",
				"01-KH/ĐUK");
	}
}
