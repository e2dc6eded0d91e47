package vn.xdd.review;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district opens a campaign; the tracker counts who must submit (members admitted less than six
 * months before the period's end are left out); a chapter secretary records and submits a member's
 * review with two shortcomings, which enter the register; the secretary cannot reach a chapter
 * outside their scope, a member cannot record; a later review gives the result of remedying.
 */
@XddIntegrationTest
class ReviewCampaignTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcShortcomings shortcomings;

	Fixtures fixtures;

	MemberFixtures members;

	long district;

	long chapter;

	long otherChapter;

	long m1;

	long m2;

	long recent;

	long outsider;

	String leader;

	String secretary;

	String plainMember;

	LocalDate from;

	LocalDate to;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		district = members.unit(Fixtures.ROOT, "DISTRICT_COMMITTEE", "Huyện ủy " + Fixtures.unique("kd"));
		chapter = members.unit(district, "GRASSROOTS_CHAPTER", "Chi bộ " + Fixtures.unique("kd"));
		otherChapter = members.unit(district, "GRASSROOTS_CHAPTER", "Chi bộ khác " + Fixtures.unique("kd"));
		m1 = members.member(chapter, "Nguyễn Văn An");
		m2 = members.member(chapter, "Trần Thị Bình");
		LocalDate today = Fixtures.today();
		recent = members.member(chapter, "Lê Văn Mới", f -> {
			f.put("admittedOn", today.minusDays(10));
			f.put("fullMemberOn", null);
		});
		outsider = members.member(otherChapter, "Phạm Văn Ngoài");
		from = today.minusYears(1);
		to = today.plusDays(1);
		leader = Fixtures.unique("thuongtruc");
		fixtures.activeUser(leader, Role.LEADERSHIP, district);
		secretary = Fixtures.unique("bithu");
		fixtures.activeUser(secretary, Role.SECRETARY, chapter);
		plainMember = Fixtures.unique("dangvien");
		fixtures.activeUser(plainMember, Role.MEMBER, chapter);
	}

	String openCampaign(String name) throws Exception {
		return members.postJson("/api/v1/campaigns",
				java.util.Map.of("unitId", district, "name", name, "kind", "THEMATIC", "periodFrom", from, "periodTo", to),
				Fixtures.as(leader, Fixtures.CHANGED_PASSWORD), 201);
	}

	long openCampaignWithTaxonomies(String name) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/campaigns").with(Fixtures.as(leader, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + district + ",\"name\":\"" + name + "\",\"kind\":\"THEMATIC\",\"periodFrom\":\"" + from
					+ "\",\"periodTo\":\"" + to + "\",\"taxonomies\":[\"NQ04\",\"LINH_VUC\"]}"))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	String tracker(long campaign, String who) throws Exception {
		return Fixtures.body(mvc.perform(get("/api/v1/campaigns/" + campaign + "/tracker").with(Fixtures.as(who,
				Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
	}

	@Test
	void aSecretaryRecordsAndSubmitsAMemberReviewAndTheTrackerCountsIt() throws Exception {
		long campaign = openCampaignWithTaxonomies("Kiểm điểm theo Nghị quyết Trung ương 4 " + Fixtures.unique("x"));

		String before = tracker(campaign, leader);
		assertThat(Fixtures.number(before, "$.total.expectedIndividuals")).as("three members; the recent one is left out")
			.isEqualTo(3);
		assertThat(Fixtures.number(before, "$.total.submittedIndividuals")).isZero();
		assertThat(Fixtures.number(before, "$.total.expectedCollectives"))
			.as("the district and its standing committee, two chapters").isEqualTo(4);
		assertThat(Fixtures.number(before, "$.total.submittedCollectives")).isZero();
		List<Object> rowUnits = JsonPath.read(before, "$.rows[*].unitId");
		assertThat(rowUnits).hasSize(3);

		MockHttpSession session = fixtures.login(secretary, Fixtures.CHANGED_PASSWORD);
		String page = Fixtures.body(mvc.perform(get("/campaigns/" + campaign).session(session))
			.andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(page, "tracker-root")).as("the secretary's tracker starts at their chapter")
			.startsWith("Chi bộ");
		assertThat(Fixtures.testId(page, "expected-individuals")).isEqualTo("2");
		assertThat(page).contains("Nguyễn Văn An").doesNotContain("Lê Văn Mới");
		assertThat(page).as("no link to the district the secretary cannot open").doesNotContain("unit=" + district);
		mvc.perform(get("/campaigns/" + campaign + "/reviews/new").param("kind", "MEMBER")
			.param("member", Long.toString(m1))
			.session(session)).andExpect(status().isOk());

		MvcResult saved = mvc.perform(post("/campaigns/" + campaign + "/reviews").param("kind", "MEMBER")
			.param("member", Long.toString(m1))
			.param("strengths", "Gương mẫu, hoàn thành tốt nhiệm vụ.")
			.param("items[0].text", "Chưa thường xuyên nghiên cứu nghị quyết")
			.param("items[0].tags", "NQ04-1.3")
			.param("items[0].cause", "SUBJECTIVE")
			.param("items[0].responsibility", "INDIVIDUAL")
			.param("items[0].remedy", "Tự học mỗi tháng một chuyên đề")
			.param("items[0].deadline", to.plusMonths(6).toString())
			.param("items[1].text", "Có lúc còn nể nang trong phê bình")
			.param("items[1].tags", "NQ04-1.5")
			.param("items[1].remedy", "Thẳng thắn góp ý tại sinh hoạt chi bộ")
			.param("items[2].text", "")
			.session(session)
			.with(csrf())).andExpect(redirectedUrlPattern("/reviews/*")).andReturn();
		long review = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/reviews/", ""));

		String reviewPage = Fixtures.body(mvc.perform(get("/reviews/" + review).session(session))
			.andExpect(status().isOk()).andReturn());
		assertThat(reviewPage).contains("Chưa thường xuyên nghiên cứu nghị quyết", "Có lúc còn nể nang trong phê bình");
		assertThat(Fixtures.testId(reviewPage, "review-status")).isEqualTo("Đang soạn");

		mvc.perform(post("/reviews/" + review + "/submit").param("version", "0").session(session).with(csrf()))
			.andExpect(redirectedUrlPattern("/reviews/*"));

		String after = tracker(campaign, leader);
		assertThat(Fixtures.number(after, "$.total.submittedIndividuals")).isEqualTo(1);
		assertThat(Fixtures.number(after, "$.total.expectedIndividuals")).isEqualTo(3);
		List<ShortcomingRow> items = shortcomings.unresolvedOfHolder(HolderKind.MEMBER, new vn.xdd.shared.OrgUnitId(chapter).value(), m1);
		assertThat(items).extracting(ShortcomingRow::text)
			.containsExactly("Chưa thường xuyên nghiên cứu nghị quyết", "Có lúc còn nể nang trong phê bình");
		assertThat(items).allSatisfy(i -> {
			assertThat(i.reviewId()).isEqualTo(review);
			assertThat(i.sourceKind()).isEqualTo("REVIEW");
		});
		assertThat(items.get(0).tags()).containsExactly("NQ04-1.3");

		String submittedPage = Fixtures.body(mvc.perform(get("/reviews/" + review).session(session))
			.andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(submittedPage, "review-status")).isEqualTo("Đã nộp");
		assertThat(submittedPage).doesNotContain("data-testid=\"review-form\"");

		String fragment = Fixtures.body(mvc.perform(get("/campaigns/" + campaign).param("unit", Long.toString(chapter))
			.header("HX-Request", "true")
			.session(fixtures.login(leader, Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(fragment).doesNotContain("<html").contains("data-testid=\"tracker\"");
		assertThat(Fixtures.testId(fragment, "submitted-individuals")).isEqualTo("1");
	}

	@Test
	void theSecretaryCannotReachAnotherChapterAndAMemberCannotRecord() throws Exception {
		long campaign = Fixtures.number(openCampaign("Kiểm điểm năm " + Fixtures.unique("y")), "$.id");
		MockHttpSession session = fixtures.login(secretary, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/campaigns/" + campaign + "/reviews/new").param("kind", "MEMBER")
			.param("member", Long.toString(outsider))
			.session(session)).andExpect(status().isNotFound());
		mvc.perform(post("/campaigns/" + campaign + "/reviews").param("kind", "MEMBER")
			.param("member", Long.toString(outsider))
			.param("strengths", "x")
			.session(session)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/" + campaign).param("unit", Long.toString(otherChapter)).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/campaigns/" + campaign + "/reviews/new").param("kind", "MEMBER")
			.param("member", Long.toString(recent))
			.session(session)).andExpect(status().isBadRequest());

		MockHttpSession memberSession = fixtures.login(plainMember, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/campaigns/" + campaign + "/reviews/new").param("kind", "MEMBER")
			.param("member", Long.toString(m2))
			.session(memberSession)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reviews").with(Fixtures.as(plainMember, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignId\":" + campaign + ",\"subjectKind\":\"MEMBER\",\"memberId\":" + m2 + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/campaigns").with(Fixtures.as(secretary, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + chapter + ",\"name\":\"x\",\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to + "\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void reviewsThroughTheApiWithVersionsAndALaterReviewReportsRemedying() throws Exception {
		String created = openCampaign("Kiểm điểm API " + Fixtures.unique("z"));
		long campaign = Fixtures.number(created, "$.id");
		String got = Fixtures.body(mvc.perform(get("/api/v1/campaigns/" + campaign)
			.with(Fixtures.as(secretary, Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat((String) JsonPath.read(got, "$.status")).isEqualTo("OPEN");
		assertThat((String) JsonPath.read(got, "$.kind")).isEqualTo("THEMATIC");
		List<Object> listed = JsonPath.read(Fixtures.body(mvc.perform(get("/api/v1/campaigns")
			.with(Fixtures.as(secretary, Fixtures.CHANGED_PASSWORD))).andReturn()), "$[*].id");
		assertThat(listed).contains((int) campaign);

		var secretaryAuth = Fixtures.as(secretary, Fixtures.CHANGED_PASSWORD);
		String body = "{\"campaignId\":" + campaign + ",\"subjectKind\":\"MEMBER\",\"memberId\":" + m2
				+ ",\"strengths\":\"Nhiệt tình\",\"shortcomings\":[{\"text\":\"Đi họp chi bộ muộn\",\"remedy\":\"Đúng giờ\"}]}";
		MvcResult result = mvc.perform(post("/api/v1/reviews").with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn();
		String review = Fixtures.body(result);
		long reviewId = Fixtures.number(review, "$.id");
		assertThat((String) JsonPath.read(review, "$.status")).isEqualTo("DRAFT");
		assertThat((String) JsonPath.read(review, "$.subjectName")).isEqualTo("Trần Thị Bình");
		assertThat((String) JsonPath.read(review, "$.shortcomings[0].text")).isEqualTo("Đi họp chi bộ muộn");
		mvc.perform(post("/api/v1/reviews").with(secretaryAuth).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest());

		mvc.perform(put("/api/v1/reviews/" + reviewId).with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"strengths\":\"Nhiệt tình, trách nhiệm\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/reviews/" + reviewId).with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"strengths\":\"Bản cũ\"}")).andExpect(status().isConflict());
		String submitted = Fixtures.body(mvc.perform(post("/api/v1/reviews/" + reviewId + "/submit").with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}")).andExpect(status().isOk()).andReturn());
		assertThat((String) JsonPath.read(submitted, "$.status")).isEqualTo("SUBMITTED");
		assertThat((String) JsonPath.read(submitted, "$.strengths")).isEqualTo("Nhiệt tình, trách nhiệm");
		long item = Fixtures.number(submitted, "$.shortcomings[0].id");

		long later = Fixtures.number(openCampaign("Kiểm điểm kỳ sau " + Fixtures.unique("z")), "$.id");
		mvc.perform(post("/api/v1/reviews").with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignId\":" + later + ",\"subjectKind\":\"MEMBER\",\"memberId\":" + m2
					+ ",\"remedyResults\":[{\"shortcomingId\":" + item
					+ ",\"status\":\"REPORTED\",\"note\":\"Đã đi họp đúng giờ cả năm\"}]}"))
			.andExpect(status().isCreated());
		assertThat(shortcomings.find(item).orElseThrow().status()).isEqualTo(ShortcomingStatus.REPORTED);

		mvc.perform(post("/api/v1/campaigns/" + later + "/close").with(Fixtures.as(leader, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/reviews").with(secretaryAuth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignId\":" + later + ",\"subjectKind\":\"UNIT\",\"unitId\":" + chapter + "}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCampaignPagesRender() throws Exception {
		MockHttpSession session = fixtures.login(leader, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/campaigns/new").session(session)).andExpect(status().isOk());
		String name = "Kiểm điểm trang " + Fixtures.unique("p");
		MvcResult opened = mvc.perform(post("/campaigns").param("unitId", Long.toString(district))
			.param("name", name)
			.param("kind", "ANNUAL")
			.param("periodFrom", from.toString())
			.param("periodTo", to.toString())
			.param("taxonomies", "NQ12", "QD37")
			.session(session)
			.with(csrf())).andExpect(redirectedUrlPattern("/campaigns/*")).andReturn();
		String url = opened.getResponse().getRedirectedUrl();
		String page = Fixtures.body(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(page, "campaign-name")).isEqualTo(name);
		assertThat(Fixtures.testId(page, "expected-collectives")).isEqualTo("4");
		String list = Fixtures.body(mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(list).contains(name);
		mvc.perform(post("/campaigns").param("unitId", Long.toString(district))
			.param("name", " ")
			.param("periodFrom", to.toString())
			.param("periodTo", from.toString())
			.session(session)
			.with(csrf())).andExpect(status().isOk());
		MockHttpSession secretarySession = fixtures.login(secretary, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/campaigns/new").session(secretarySession)).andExpect(status().isForbidden());
	}

	@Test
	void theSystemAdministratorAddsAndDeactivatesATag() throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		String code = ("LV-" + Fixtures.unique("t")).toUpperCase(java.util.Locale.ROOT);
		mvc.perform(post("/admin/taxonomies/LINH_VUC/tags").param("code", code)
			.param("label", "Quản lý tài chính, ngân sách")
			.session(admin)
			.with(csrf())).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "taxonomy.tagAdded"));
		String page = Fixtures.body(mvc.perform(get("/admin/taxonomies").session(admin)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(code, "Quản lý tài chính, ngân sách");
		assertThat(shortcomings.activeTags()).extracting(vn.xdd.review.register.domain.TagRow::code).contains(code);
		mvc.perform(post("/admin/taxonomies/tags/" + code + "/deactivate").session(admin).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "taxonomy.tagDeactivated"));
		assertThat(shortcomings.activeTags()).extracting(vn.xdd.review.register.domain.TagRow::code).doesNotContain(code);
		mvc.perform(get("/admin/taxonomies").session(fixtures.login(leader, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
