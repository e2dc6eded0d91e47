package vn.xdd.document.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import vn.xdd.classification.ClassificationFigures;
import vn.xdd.classification.Level;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * The BÁO CÁO kết quả đánh giá, xếp loại of a round: a small round (a chapter, a member lowered by
 * the appraisal with its reason) is run through the pages to its publication; its report page leads
 * to the preview, which issues it through the register as BC; the .docx read back has the number,
 * the rule set cited, the table with the figures the round published and the appraisal's change with
 * its reason. A round not published is previewed, not issued, in the words of its era; the committee's
 * results report cites the year's classification.
 */
@XddIntegrationTest
class ClassificationReportDocumentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClassificationFigures figures;

	MemberFixtures members;

	String committeeName;

	long committee;

	long chapter;

	MockHttpSession officer;

	final LocalDate today = Fixtures.today();

	final int year = today.getYear();

	@BeforeEach
	void boardSignedIn() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committeeName = "Đảng bộ xã Báo Cáo " + Fixtures.unique("k");
		committee = members.committee(committeeName);
		chapter = members.chapter(committee, "Chi bộ thôn Xếp Loại " + Fixtures.unique("c"));
		String username = Fixtures.unique("btc");
		Fixtures.CreatedUser user = fixtures.activeUser(username, Role.ORGANIZATION_BOARD, committee);
		fixtures.grant(user.id(), Role.LEADERSHIP, committee);
		officer = fixtures.login(username, Fixtures.CHANGED_PASSWORD);
	}

	@Test
	void thePublishedRoundIsIssuedAsBaoCaoAndItsTableReadsBack() throws Exception {
		members.member(chapter, "Hoàng Văn Báo");
		String roundUrl = open(year);
		long round = Long.parseLong(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));
		String roundPage = page(get(roundUrl), 200);
		long member = idAfter(roundPage, "Hoàng Văn Báo");
		long chapterSubject = idAfter(roundPage, "Chi bộ thôn Xếp Loại");
		redirected(as(post("/classification/subjects/" + member + "/self")).param("level", "EXCELLENT")
			.param("points.POLITICS", "10").param("points.DISCIPLINE", "10").param("points.STYLE", "10")
			.param("points.TASKS", "62").param("tasksTotal", "10").param("tasksDone", "10").param("tasksOnTime", "10")
			.param("tasksExceeded", "3").param("tasksBehind", "0").param("stateLevel", "").param("note", "Tự nhận xét")
			.param("version", version(member)));
		redirected(as(post("/classification/subjects/" + member + "/comments")).param("comment", "Chi bộ nhất trí")
			.param("votesFor", "7").param("votesAgainst", "0").param("version", version(member)));
		redirected(as(post("/classification/subjects/" + member + "/appraisal")).param("level", "GOOD")
			.param("reason", "Chưa có sáng kiến trong năm").param("overruleReason", "").param("version", version(member)));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/self")).param("level", "GOOD")
			.param("points.POLITICS", "9").param("points.ORGANIZATION", "9").param("points.LEADERSHIP", "8")
			.param("points.TASKS", "60").param("tasksTotal", "8").param("tasksDone", "8").param("tasksOnTime", "8")
			.param("tasksExceeded", "1").param("tasksBehind", "0").param("note", "").param("version", version(chapterSubject)));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/comments")).param("comment", "Tập thể biểu quyết")
			.param("version", version(chapterSubject)));
		redirected(as(post("/classification/subjects/" + chapterSubject + "/appraisal")).param("level", "GOOD")
			.param("reason", "").param("overruleReason", "").param("version", version(chapterSubject)));

		// before the publication the report is only previewed: no button, and the register refuses it
		assertThat(page(get("/documents/classification/" + round + "/preview"), 200)).contains("data-testid=\"not-published\"")
			.doesNotContain("data-testid=\"issue-document\"");
		redirected(as(post(roundUrl + "/decisions")));
		redirected(as(post(roundUrl + "/publication")));

		assertThat(page(get(roundUrl + "/report"), 200)).contains("/documents/classification/" + round + "/preview");
		String preview = page(get("/documents/classification/" + round + "/preview"), 200);
		assertThat(preview).contains("BÁO CÁO")
			.contains("kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm " + year)
			.contains("data-testid=\"issue-document\"").contains("value=\"CLASSIFICATION_REPORT\"");

		mvc.perform(as(post("/documents/settings/terms")).param("unit", Long.toString(committee))
			.param("name", "Nhiệm kỳ 2025–2030").param("startsOn", "2025-10-16"));
		MvcResult issued = mvc.perform(as(post("/documents")).param("kind", "CLASSIFICATION_REPORT")
			.param("sourceId", Long.toString(round))).andReturn();
		assertThat(issued.getResponse().getStatus()).isEqualTo(302);
		assertThat(issued.getFlashMap().get("problem")).as("refusal").isNull();
		var row = jdbc.sql("select id, number_symbol from issued_document where source_kind = 'CLASSIFICATION_REPORT'"
				+ " and source_id = ? and status = 'ISSUED'").param(round).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long documentId = (Long) row[0];
		String number = (String) row[1];
		assertThat(number).startsWith("01-BC/");
		assertThat(page(get("/documents/classification/" + round + "/preview"), 200)).contains(number)
			.doesNotContain("data-testid=\"issue-document\"");

		ClassificationFigures.Counts published = figures.countsOf(new OrgUnitId(committee), year).orElseThrow();
		assertThat(published.members()).containsEntry(Level.GOOD, 1L);
		byte[] docx = mvc.perform(get("/documents/" + documentId + "/file").param("format", "docx").session(officer))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số " + number);
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("BÁO CÁO")
				.contains("kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm " + year)
				.contains("Thực hiện Quy định 366-QĐ/TW").contains("Biểu 1.")
				.contains("Đồng chí Hoàng Văn Báo").contains("từ ‘hoàn thành xuất sắc nhiệm vụ’ thành ‘hoàn thành tốt nhiệm vụ’")
				.contains("chưa có sáng kiến trong năm")
				.contains("Không có đảng viên nào hai năm liền xếp loại ‘không hoàn thành nhiệm vụ’.");
			XWPFTable table = word.getTables().stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Đối tượng"))
				.findFirst()
				.orElseThrow();
			Map<Level, Long> organizations = new EnumMap<>(Level.class);
			Map<Level, Long> memberCounts = new EnumMap<>(Level.class);
			List<String> memberRow = new ArrayList<>();
			for (XWPFTableRow r : table.getRows().subList(2, table.getRows().size())) {
				List<String> cells = r.getTableCells().stream().map(c -> c.getText().strip()).toList();
				assertThat(cells).hasSize(12);
				boolean isMembers = cells.get(0).equals("Đảng viên");
				for (Level level : Level.values()) {
					long n = Long.parseLong(cells.get(4 + 2 * level.ordinal()));
					(isMembers ? memberCounts : organizations).merge(level, n, Long::sum);
				}
				if (isMembers) {
					memberRow = cells;
				}
			}
			Map<Level, Long> expectedOrganizations = new EnumMap<>(Level.class);
			Map<Level, Long> expectedMembers = new EnumMap<>(Level.class);
			for (Level level : Level.values()) {
				expectedOrganizations.put(level, published.organizations().getOrDefault(level, 0L));
				expectedMembers.put(level, published.members().getOrDefault(level, 0L));
			}
			assertThat(organizations).isEqualTo(expectedOrganizations);
			assertThat(memberCounts).isEqualTo(expectedMembers);
			// Đảng viên | total | not evaluated | evaluated | XS n % | tốt n % | …
			assertThat(memberRow.subList(0, 8)).containsExactly("Đảng viên", "1", "0", "1", "0", "0,0", "1", "100,0");
		}
		byte[] pdf = mvc.perform(get("/documents/" + documentId + "/file").param("format", "pdf").session(officer))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// the committee's results report cites the year's classification, from the same results
		String report = mvc.perform(as(post("/documents/reports")).param("unitId", Long.toString(committee))
			.param("periodFrom", LocalDate.of(year, 1, 1).toString())
			.param("periodTo", today.toString())).andReturn().getResponse().getRedirectedUrl();
		assertThat(page(get(report), 200)).contains("Kết quả xếp loại năm " + year + " của " + committeeName + ": tổ chức đảng: ")
			.contains("đảng viên: 0 hoàn thành xuất sắc nhiệm vụ (0,0%), 1 hoàn thành tốt nhiệm vụ (100,0%)");
	}

	@Test
	void aRoundOf2012IsPreviewedInTheWordsOfItsEraAndNotIssuedBeforePublication() throws Exception {
		String roundUrl = open(2012);
		long round = Long.parseLong(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));
		String preview = page(get("/documents/classification/" + round + "/preview"), 200);
		assertThat(preview).contains("năm 2012").contains("‘trong sạch, vững mạnh’")
			.contains("‘vi phạm tư cách hoặc không hoàn thành nhiệm vụ’")
			.doesNotContain("‘hoàn thành xuất sắc nhiệm vụ’")
			.doesNotContain("data-testid=\"issue-document\"");
		mvc.perform(as(post("/documents/settings/terms")).param("unit", Long.toString(committee))
			.param("name", "Nhiệm kỳ 2025–2030").param("startsOn", "2025-10-16"));
		MvcResult refused = mvc.perform(as(post("/documents")).param("kind", "CLASSIFICATION_REPORT")
			.param("sourceId", Long.toString(round))).andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("documents.classification.notPublished");
		assertThat(jdbc.sql("select count(*) from issued_document where source_kind = 'CLASSIFICATION_REPORT' and source_id = ?")
			.param(round).query(Long.class).single()).isZero();
	}

	String open(int roundYear) throws Exception {
		MvcResult opened = mvc.perform(as(post("/classification/rounds")).param("unit", Long.toString(committee))
			.param("year", Integer.toString(roundYear))
			.param("selfDeadline", LocalDate.of(roundYear, 12, 20).toString())).andReturn();
		assertThat(opened.getResponse().getStatus()).isEqualTo(302);
		return opened.getResponse().getRedirectedUrl();
	}

	String version(long subject) {
		return jdbc.sql("select version from classification_subject where id = ?").param(subject).query(String.class).single();
	}

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
