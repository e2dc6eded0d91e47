package vn.xdd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * Who sees what inside the scope (ADR 0014): the scope test proves that another unit's records do
 * not exist for a user; this one proves that within the scope each kind of record is shown only to
 * those its rule names, on every path that shows it. One committee with two chapters X and Y; a
 * plain member of X linked to his own record, another member of X, the secretaries of X and Y, and
 * the organisation board of the committee.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final String OTHER_NAME = "Phan Thị Khác";

	@Autowired
	MockMvc mvc;

	Fixtures fixtures;

	MemberFixtures members;

	long committee;

	long chapterX;

	long chapterY;

	long ownMember;

	long otherMember;

	String plain;

	MockHttpSession plainSession;

	String secretaryX;

	String secretaryY;

	String board;

	/** The committee's office: a working role, but not a reader of individuals' records. */
	String office;

	long otherItem;

	long campaign;

	long ownReview;

	long otherReview;

	long collectiveReview;

	String otherItemText;

	/** Evidence of an item held by chapter X (a collective's item). */
	long chapterFile;

	/** Evidence of an item of the other member's review. */
	long otherMemberFile;

	long plan;

	String narrativeX;

	String narrativeY;

	String reportFileNameY;

	long reportFileY;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		committee = members.committee("Đảng bộ Hiển thị " + Fixtures.unique("v"));
		chapterX = members.chapter(committee, "Chi bộ X " + Fixtures.unique("c"));
		chapterY = members.chapter(committee, "Chi bộ Y " + Fixtures.unique("c"));
		ownMember = members.member(chapterX, "Phan Văn Mình");
		otherMember = members.member(chapterX, OTHER_NAME);
		plain = Fixtures.unique("dangvien");
		members.postJson("/api/v1/users", Map.of("username", plain, "fullName", "Phan Văn Mình", "password",
				Fixtures.INITIAL_PASSWORD, "role", "MEMBER", "unitId", chapterX, "memberId", ownMember), Fixtures.admin(),
				201);
		plainSession = fixtures.loginChangingPassword(plain);
		secretaryX = user(Role.SECRETARY, chapterX);
		secretaryY = user(Role.SECRETARY, chapterY);
		board = user(Role.ORGANIZATION_BOARD, committee);
		office = user(Role.OFFICE, committee);

		LocalDate today = Fixtures.today();
		campaign = Fixtures.number(body(post("/api/v1/campaigns").with(Fixtures.admin()),
				"{\"unitId\":%d,\"name\":\"Kiểm điểm %s\",\"periodFrom\":\"%s\",\"periodTo\":\"%s\"}".formatted(committee,
						Fixtures.unique("k"), today.minusYears(1), today.plusDays(1)),
				201), "$.id");
		otherItemText = "Chưa gương mẫu " + Fixtures.unique("h");
		String other = body(post("/api/v1/reviews").with(as(board)),
				"{\"campaignId\":%d,\"subjectKind\":\"MEMBER\",\"memberId\":%d,\"shortcomings\":[{\"text\":\"%s\",\"remedy\":\"Sửa ngay\"}]}"
					.formatted(campaign, otherMember, otherItemText),
				201);
		otherReview = Fixtures.number(other, "$.id");
		otherItem = Fixtures.number(other, "$.shortcomings[0].id");
		ownReview = Fixtures.number(body(post("/api/v1/reviews").with(as(board)),
				"{\"campaignId\":%d,\"subjectKind\":\"MEMBER\",\"memberId\":%d}".formatted(campaign, ownMember), 201),
				"$.id");
		collectiveReview = Fixtures.number(body(post("/api/v1/reviews").with(as(board)),
				"{\"campaignId\":%d,\"subjectKind\":\"UNIT\",\"unitId\":%d}".formatted(campaign, chapterX), 201), "$.id");

		long chapterItem = Fixtures.number(body(post("/api/v1/shortcomings").with(as(board)),
				"{\"sourceKind\":\"SUPERIOR_COMMENT\",\"holderKind\":\"UNIT\",\"holderUnitId\":%d,\"text\":\"%s\"}"
					.formatted(chapterX, "Sinh hoạt chưa đều " + Fixtures.unique("h")),
				201), "$.item.id");
		chapterFile = evidence(chapterItem);
		otherMemberFile = evidence(otherItem);

		plan = Fixtures.number(body(post("/api/v1/plans").with(as(board)),
				"{\"unitId\":%d,\"numberSymbol\":\"%s-KH/ĐU\",\"issuedOn\":\"2025-01-30\",\"title\":\"Kế hoạch khắc phục\",\"templateCode\":\"NQ12-3\"}"
					.formatted(committee, Fixtures.unique("kh")),
				201), "$.id");
		String planJson = Fixtures.body(mvc.perform(get("/api/v1/plans/" + plan).with(as(board))).andReturn());
		long group = ((Number) JsonPath.read(planJson, "$.groups[0].id")).longValue();
		long taskX = task(group, chapterX);
		long taskY = task(group, chapterY);
		body(post("/api/v1/plans/" + plan + "/dissemination").with(as(board)),
				"{\"unitIds\":[%d,%d]}".formatted(chapterX, chapterY), 200);
		narrativeX = "Chi bộ X đã sinh hoạt " + Fixtures.unique("n");
		narrativeY = "Chi bộ Y còn chậm " + Fixtures.unique("n");
		reportFileNameY = "bien-ban-y-" + Fixtures.unique("f") + ".pdf";
		body(post("/api/v1/tasks/" + taskX + "/reports").with(as(secretaryX)),
				"{\"percent\":50,\"narrative\":\"%s\"}".formatted(narrativeX), 201);
		String reportY = Fixtures.body(mvc.perform(multipart("/api/v1/tasks/" + taskY + "/reports")
			.file(new MockMultipartFile("files", reportFileNameY, "application/pdf", PDF))
			.param("percent", "30")
			.param("narrative", narrativeY)
			.with(as(secretaryY))).andExpect(status().isCreated()).andReturn());
		reportFileY = Fixtures.number(reportY, "$.files[0]");
	}

	// Individual reviews: the person, the secretaries and the boards of the scope.

	@Test
	void aPlainMemberDoesNotReadAnotherMembersReview() throws Exception {
		mvc.perform(get("/api/v1/reviews/" + otherReview).with(as(plain)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(otherItemText))));
		mvc.perform(get("/reviews/" + otherReview).session(plainSession))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(otherItemText))));
	}

	@Test
	void aPlainMemberReadsHisOwnReview() throws Exception {
		mvc.perform(get("/api/v1/reviews/" + ownReview).with(as(plain))).andExpect(status().isOk());
		mvc.perform(get("/reviews/" + ownReview).session(plainSession)).andExpect(status().isOk());
	}

	@Test
	void theSecretaryAndTheBoardReadAMembersReview() throws Exception {
		mvc.perform(get("/api/v1/reviews/" + otherReview).with(as(secretaryX)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shortcomings[0].text").value(otherItemText));
		mvc.perform(get("/api/v1/reviews/" + otherReview).with(as(board))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reviews/" + otherReview).with(as(secretaryY))).andExpect(status().isNotFound());
	}

	@Test
	void theRegisterShowsAMembersItemsOnlyToWhomHisReviewIsShown() throws Exception {
		mvc.perform(get("/api/v1/shortcomings").param("unit", Long.toString(chapterX)).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(otherItemText))));
		mvc.perform(get("/api/v1/shortcomings/" + otherItem).with(as(office)))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString(otherItemText))));
		mvc.perform(get("/api/v1/reviews/" + otherReview).with(as(office))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/files/" + otherMemberFile).with(as(office))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/shortcomings").param("unit", Long.toString(chapterX)).with(as(secretaryX)))
			.andExpect(content().string(containsString(otherItemText)));
		mvc.perform(get("/api/v1/shortcomings/" + otherItem).with(as(secretaryX))).andExpect(status().isOk());
	}

	// A collective's review: every working role of the scope, not a plain member.

	@Test
	void aPlainMemberDoesNotReadHisChaptersCollectiveReview() throws Exception {
		mvc.perform(get("/api/v1/reviews/" + collectiveReview).with(as(plain))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/" + collectiveReview).session(plainSession)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reviews/" + collectiveReview).with(as(secretaryX))).andExpect(status().isOk());
	}

	// Progress reports of another unit.

	@Test
	void aChapterSecretarySeesOnlyHisOwnUnitsProgressReports() throws Exception {
		mvc.perform(get("/api/v1/plans/" + plan).with(as(secretaryX)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(narrativeX)))
			.andExpect(content().string(not(containsString(narrativeY))))
			.andExpect(content().string(not(containsString(secretaryY))));
		mvc.perform(get("/plans/" + plan).session(fixtures.login(secretaryX, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(narrativeX)))
			.andExpect(content().string(not(containsString(narrativeY))))
			.andExpect(content().string(not(containsString(reportFileNameY))));
		mvc.perform(get("/api/v1/files/" + reportFileY).with(as(secretaryX))).andExpect(status().isNotFound());
	}

	@Test
	void aPlainMemberSeesNoProgressReport() throws Exception {
		mvc.perform(get("/api/v1/plans/" + plan).with(as(plain)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.length()").value(0));
	}

	@Test
	void theIssuingBoardSeesEveryUnitsProgressReport() throws Exception {
		mvc.perform(get("/api/v1/plans/" + plan).with(as(board)))
			.andExpect(content().string(containsString(narrativeX)))
			.andExpect(content().string(containsString(narrativeY)));
		mvc.perform(get("/api/v1/files/" + reportFileY).with(as(board))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/files/" + reportFileY).with(as(secretaryY))).andExpect(status().isOk());
	}

	// Attachments: exactly who sees what they are attached to.

	@Test
	void aPlainMemberDownloadsNoEvidenceOfItemsRefusedToHim() throws Exception {
		for (long file : List.of(chapterFile, otherMemberFile)) {
			mvc.perform(get("/api/v1/files/" + file).with(as(plain))).andExpect(status().isForbidden());
			mvc.perform(get("/files/" + file).session(plainSession)).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/files/" + file).with(as(secretaryX))).andExpect(status().isOk());
		}
	}

	// The campaign tracker names only the subjects whose review the user may read.

	@Test
	void theTrackerGivesAPlainMemberNoRoster() throws Exception {
		String json = Fixtures.body(mvc
			.perform(get("/api/v1/campaigns/" + campaign + "/tracker").param("unit", Long.toString(chapterX))
				.with(as(plain)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(JsonPath.<List<String>>read(json, "$.subjects[*].name")).containsExactly("Phan Văn Mình");
		mvc.perform(get("/campaigns/" + campaign).param("unit", Long.toString(chapterX)).session(plainSession))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(OTHER_NAME))));
		String secretary = Fixtures.body(mvc
			.perform(get("/api/v1/campaigns/" + campaign + "/tracker").param("unit", Long.toString(chapterX))
				.with(as(secretaryX)))
			.andReturn());
		assertThat(JsonPath.<List<String>>read(secretary, "$.subjects[*].name")).contains(OTHER_NAME, "Phan Văn Mình");
	}

	// Shares and figures: what they count is shown only to who sees the records counted.

	@Test
	void aPlainMemberGetsNoShareOfAnotherMember() throws Exception {
		LocalDate today = Fixtures.today();
		mvc.perform(share().param("member", Long.toString(otherMember)).param("from", today.minusYears(1).toString())
			.param("to", today.toString())
			.with(as(plain))).andExpect(status().isForbidden());
		mvc.perform(share().param("unit", Long.toString(chapterX)).param("from", today.minusYears(1).toString())
			.param("to", today.toString())
			.with(as(plain))).andExpect(status().isForbidden());
		mvc.perform(share().param("member", Long.toString(ownMember)).param("from", today.minusYears(1).toString())
			.param("to", today.toString())
			.with(as(plain))).andExpect(status().isOk());
		mvc.perform(share().param("member", Long.toString(otherMember)).param("from", today.minusYears(1).toString())
			.param("to", today.toString())
			.with(as(secretaryX))).andExpect(status().isOk());
	}

	@Test
	void aPlainMemberGetsNoDashboardFigures() throws Exception {
		mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(chapterX)).with(as(plain)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dashboard").param("unit", Long.toString(chapterX)).session(plainSession))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(chapterX)).with(as(secretaryX)))
			.andExpect(status().isOk());
	}

	static MockHttpServletRequestBuilder share() {
		return get("/api/v1/shortcomings/share");
	}

	static RequestPostProcessor as(String user) {
		return Fixtures.as(user, Fixtures.CHANGED_PASSWORD);
	}

	String user(Role role, long unit) throws Exception {
		String name = Fixtures.unique(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		fixtures.activeUser(name, role, unit);
		return name;
	}

	long evidence(long item) throws Exception {
		String json = Fixtures.body(mvc.perform(multipart("/api/v1/shortcomings/" + item + "/evidence")
			.file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", PDF))
			.param("note", "Biên bản")
			.with(as(board))).andExpect(status().isCreated()).andReturn());
		return Fixtures.number(json, "$.evidence[0].fileId");
	}

	long task(long group, long lead) throws Exception {
		return Fixtures.number(body(post("/api/v1/plans/" + plan + "/tasks").with(as(board)),
				"{\"groupId\":%d,\"text\":\"Nâng cao chất lượng sinh hoạt\",\"shortcomings\":[],\"leadUnitId\":%d,\"deadline\":\"%s\",\"recurrence\":\"NONE\",\"expectedOutput\":\"Biên bản\"}"
					.formatted(group, lead, Fixtures.today().plusMonths(3)),
				201), "$.id");
	}

	String body(MockHttpServletRequestBuilder request, String json, int expected) throws Exception {
		return Fixtures.body(mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(expected))
			.andReturn());
	}
}
