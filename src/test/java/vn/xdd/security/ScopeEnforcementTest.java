package vn.xdd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

/**
 * Data outside the user's organisational scope does not exist for them. Two sibling units A and B
 * under the root; "scoped" is administrator and organisation board of A only. Every page and API
 * endpoint that takes a unit, chapter, user or member id answers 404 for B's (and the refused
 * access is in the audit trail), and succeeds for A's; no list or figure shows B's data.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeEnforcementTest {

	static final String NOT_FOUND_DETAIL = "Không tìm thấy bản ghi, hoặc bản ghi nằm ngoài phạm vi đơn vị của bạn.";

	static final String UNKNOWN_UNIT = "Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản trị của bạn.";

	static final long NO_SUCH_ID = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	World world;

	Registry registry;

	MemberFixtures members;

	Records recordsA;

	Records recordsB;

	/** The organisation board of the root, who records the items and makes the plans (administrators do not). */
	String organizer;

	/** The inspection committee of the root, who opens the discipline cases of both units. */
	String inspector;

	/** Two sibling units, an administrator of A, and one user with a grant in each unit. */
	record World(long unitA, String nameA, long unitB, String nameB, String scoped, MockHttpSession session,
			CreatedUser userA, CreatedUser userB) {
	}

	/**
	 * Chapters and members of both units: a chapter under A (and a second one to transfer to), a
	 * chapter under B with a member holding a post.
	 */
	record Registry(long chapterA, long otherChapterA, long chapterB, long memberB, long positionB, String memberNameB) {
	}

	/**
	 * The records of issue 4 one unit holds: a campaign, a review of one of its members, a shortcoming
	 * it holds with an evidence file, and a remediation plan (with its number and the item's text).
	 */
	record Records(long campaign, long review, long shortcoming, long file, long plan, String planNumber,
			String itemText, String campaignName, long disciplineCase, long classificationRound, long classificationSubject) {
	}

	/**
	 * The ids a request names: those of unit A, its user, a chapter and a member with a post, or
	 * those of unit B.
	 */
	record Target(long unit, long user, long grant, long chapter, long member, long position, Records records) {

		long id(Subject subject) {
			return switch (subject) {
				case UNIT -> unit;
				case USER -> user;
				case CHAPTER -> chapter;
				case MEMBER -> member;
				case PLAN -> records.plan();
				case SHORTCOMING -> records.shortcoming();
				case CAMPAIGN -> records.campaign();
				case REVIEW -> records.review();
				case FILE -> records.file();
				case CASE -> records.disciplineCase();
				case ROUND -> records.classificationRound();
				case CLASSIFIED -> records.classificationSubject();
			};
		}
	}

	enum Subject {

		UNIT("ORG_UNIT"), USER("USER"), CHAPTER("ORG_UNIT"), MEMBER("MEMBER"), PLAN("PLAN"), SHORTCOMING("SHORTCOMING"),
		CAMPAIGN("REVIEW_CAMPAIGN"), REVIEW("REVIEW"), FILE("ATTACHMENT"), CASE("DISCIPLINE_CASE"),
		ROUND("CLASSIFICATION_ROUND"), CLASSIFIED("CLASSIFICATION_SUBJECT");

		final String recordType;

		Subject(String recordType) {
			this.recordType = recordType;
		}
	}

	/** One endpoint: how to call it on a target, and what success looks like on A. */
	record Case(boolean api, Subject subject, Function<Target, ? extends AbstractMockHttpServletRequestBuilder<?>> request,
			ResultMatcher success) {
	}

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		members = new MemberFixtures(mvc);
		world = newWorld();
		long chapterA = members.unitToday(world.unitA(), "SUB_CHAPTER", "Chi bộ A " + Fixtures.unique("c"));
		long otherChapterA = members.unitToday(world.unitA(), "SUB_CHAPTER", "Chi bộ A2 " + Fixtures.unique("c"));
		long chapterB = members.unitToday(world.unitB(), "SUB_CHAPTER", "Chi bộ B " + Fixtures.unique("c"));
		String memberNameB = "Lưu Văn Bảo";
		long memberB = members.member(chapterB, memberNameB);
		long positionB = Fixtures.number(members.postJson("/api/v1/members/" + memberB + "/positions",
				java.util.Map.of("unitId", chapterB, "title", "Bí thư chi bộ", "kind", "PARTY", "from", "2020-01-01"), 201),
				"$.id");
		registry = new Registry(chapterA, otherChapterA, chapterB, memberB, positionB, memberNameB);
		organizer = Fixtures.unique("organizer");
		fixtures.activeUser(organizer, Role.ORGANIZATION_BOARD, Fixtures.ROOT);
		inspector = Fixtures.unique("inspector");
		fixtures.activeUser(inspector, Role.INSPECTION, Fixtures.ROOT);
		recordsA = records(world.unitA(), members.member(chapterA, "Lưu Văn Ánh"));
		recordsB = records(world.unitB(), memberB);
	}

	/** A campaign, a review, a shortcoming with an evidence file and a plan of the unit, made through the API. */
	Records records(long unit, long member) throws Exception {
		var who = Fixtures.as(organizer, Fixtures.CHANGED_PASSWORD);
		java.time.LocalDate today = Fixtures.today();
		String campaignName = "Kiểm điểm " + Fixtures.unique("k");
		long campaign = Fixtures.number(body(post("/api/v1/campaigns").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"unitId\":%d,\"name\":\"%s\",\"periodFrom\":\"%s\",\"periodTo\":\"%s\"}", unit,
					campaignName, today.minusYears(1), today.plusDays(1))), 201), "$.id");
		long review = Fixtures.number(body(post("/api/v1/reviews").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"campaignId\":%d,\"subjectKind\":\"MEMBER\",\"memberId\":%d}", campaign, member)), 201),
				"$.id");
		String itemText = "Hạn chế " + Fixtures.unique("h");
		long shortcoming = Fixtures.number(body(post("/api/v1/shortcomings").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"sourceKind\":\"SUPERIOR_COMMENT\",\"holderKind\":\"UNIT\",\"holderUnitId\":%d,"
					+ "\"text\":\"%s\"}", unit, itemText)), 201), "$.item.id");
		String evidence = mvc.perform(multipart("/api/v1/shortcomings/" + shortcoming + "/evidence")
			.file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", PDF))
			.param("note", "Biên bản")
			.with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long file = Fixtures.number(evidence, "$.evidence[0].fileId");
		String planNumber = Fixtures.unique("kh") + "-KH/ĐU";
		long plan = Fixtures.number(body(post("/api/v1/plans").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"unitId\":%d,\"numberSymbol\":\"%s\",\"issuedOn\":\"2025-01-30\","
					+ "\"title\":\"Kế hoạch khắc phục hạn chế, khuyết điểm\",\"templateCode\":\"NQ12-3\"}", unit,
					planNumber)), 201), "$.id");
		long disciplineCase = Fixtures.number(body(post("/api/v1/discipline/cases")
			.with(Fixtures.as(inspector, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"memberId\":%d,\"openedByUnitId\":%d,\"source\":\"INSPECTION\",\"openedOn\":\"%s\","
					+ "\"summary\":\"Vi phạm quy định\"}", member, Fixtures.ROOT, today)), 201), "$.summary.id");
		long round = Fixtures.number(body(post("/api/v1/classification/rounds").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"unitId\":%d,\"year\":%d}", unit, today.getYear())), 201), "$.id");
		List<Integer> subjects = JsonPath.read(body(get("/api/v1/classification/rounds/" + round).with(who), 200),
				"$.subjects[?(@.memberId == " + member + " || @.kind == 'MEMBER')].id");
		return new Records(campaign, review, shortcoming, file, plan, planNumber, itemText, campaignName, disciplineCase,
				round, subjects.get(0));
	}

	int subjectVersion(long subject) {
		return jdbc.sql("select version from classification_subject where id = ?").param(subject).query(Integer.class).single();
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	World newWorld() throws Exception {
		String tag = Fixtures.unique("s");
		String nameA = "Đảng bộ A " + tag;
		String nameB = "Đảng bộ B " + tag;
		long unitA = fixtures.createUnit(Fixtures.ROOT, nameA);
		long unitB = fixtures.createUnit(Fixtures.ROOT, nameB);
		String scoped = Fixtures.unique("scoped");
		CreatedUser admin = fixtures.createUser(scoped, Role.ADMIN, unitA);
		fixtures.grant(admin.id(), Role.ORGANIZATION_BOARD, unitA);
		fixtures.grant(admin.id(), Role.INSPECTION, unitA);
		MockHttpSession session = fixtures.loginChangingPassword(scoped);
		CreatedUser userA = fixtures.createUser(Fixtures.unique("usera"), Role.MEMBER, unitA);
		CreatedUser userB = fixtures.createUser(Fixtures.unique("userb"), Role.MEMBER, unitB);
		return new World(unitA, nameA, unitB, nameB, scoped, session, userA, userB);
	}

	/** A's ids, with a member of A's chapter made for this request (requests change it). */
	Target targetA() throws Exception {
		long member = members.member(registry.chapterA(), "Lưu Văn An");
		long position = Fixtures.number(members.postJson("/api/v1/members/" + member + "/positions",
				java.util.Map.of("unitId", registry.chapterA(), "title", "Chi ủy viên", "kind", "PARTY", "from",
						"2020-01-01"), 201),
				"$.id");
		return new Target(world.unitA(), world.userA().id(), 0, registry.chapterA(), member, position, recordsA);
	}

	Target targetB() {
		return new Target(world.unitB(), world.userB().id(), world.userB().firstGrantId(), registry.chapterB(),
				registry.memberB(), registry.positionB(), recordsB);
	}

	/** A fresh grant of A's user, for the revoke endpoint to revoke. */
	long freshGrantOfUserA() {
		try {
			return fixtures.grant(world.userA().id(), Role.OFFICE, world.unitA());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static ResultMatcher all(ResultMatcher... matchers) {
		return result -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

	static String json(String template, Object... args) {
		return template.formatted(args);
	}

	Stream<Named<Case>> endpoints() {
		ResultMatcher redirectsToUser = redirectedUrlPattern("/admin/users/*");
		return Stream.of(
				Named.of("GET /units/{id}", new Case(false, Subject.UNIT, t -> get("/units/" + t.unit()),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("POST /units/{id}/children", new Case(false, Subject.UNIT,
						t -> post("/units/" + t.unit() + "/children").param("name", Fixtures.unique("Chi bộ"))
							.param("typeCode", "SUB_CHAPTER"),
						all(redirectedUrlPattern("/units/*"), flash().attribute("notice", "orgUnit.created")))),
				Named.of("GET /admin/users/{id}", new Case(false, Subject.USER, t -> get("/admin/users/" + t.user()),
						all(status().isOk(),
								content().string(containsString(world.userA().username()))))),
				Named.of("POST /admin/users/{id}/grants", new Case(false, Subject.USER,
						t -> post("/admin/users/" + t.user() + "/grants").param("role", "INSPECTION")
							.param("unitId", Long.toString(world.unitA())),
						all(redirectsToUser, flash().attribute("notice", "grant.added")))),
				Named.of("POST /admin/users/{id}/grants/{grantId}/revoke", new Case(false, Subject.USER,
						t -> post("/admin/users/" + t.user() + "/grants/"
								+ (t.grant() == 0 ? freshGrantOfUserA() : t.grant()) + "/revoke"),
						all(redirectsToUser, flash().attribute("notice", "grant.revoked")))),
				Named.of("POST /admin/users/{id}/password", new Case(false, Subject.USER,
						t -> post("/admin/users/" + t.user() + "/password").param("password", "Capmoi2025x"),
						all(redirectsToUser, flash().attribute("notice", "user.passwordReset")))),
				Named.of("POST /admin/users/{id}/enabled", new Case(false, Subject.USER,
						t -> post("/admin/users/" + t.user() + "/enabled").param("enabled", "false"),
						all(redirectsToUser, flash().attribute("notice", "user.disabledNotice")))),
				Named.of("POST /scope", new Case(false, Subject.UNIT,
						t -> post("/scope").param("unitId", Long.toString(t.unit())), redirectedUrl("/"))),
				Named.of("GET /members?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/members").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString("Lưu Văn An"))))),
				Named.of("GET /members/{id}", new Case(false, Subject.MEMBER, t -> get("/members/" + t.member()),
						all(status().isOk(), content().string(containsString("data-testid=\"member-full-name\">Lưu Văn An<"))))),
				Named.of("GET /members/{id}/edit", new Case(false, Subject.MEMBER, t -> get("/members/" + t.member() + "/edit"),
						all(status().isOk(), content().string(containsString("name=\"version\" value=\"0\""))))),
				Named.of("POST /members/{id}/edit", new Case(false, Subject.MEMBER,
						t -> post("/members/" + t.member() + "/edit").param("version", "0")
							.param("fullName", "Lưu Văn Ân")
							.param("birthDate", "1985-03-01")
							.param("sex", "MALE")
							.param("admittedOn", "2015-03-01")
							.param("fullMemberOn", "2016-03-01"),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.updated")))),
				Named.of("POST /members/{id}/status", new Case(false, Subject.MEMBER,
						t -> post("/members/" + t.member() + "/status").param("status", "SUSPENDED")
							.param("from", Fixtures.today().toString()),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.statusChanged")))),
				Named.of("POST /members/{id}/transfer", new Case(false, Subject.MEMBER,
						t -> post("/members/" + t.member() + "/transfer")
							.param("chapterId", Long.toString(registry.otherChapterA()))
							.param("from", Fixtures.today().toString()),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.transferred")))),
				Named.of("POST /members/{id}/positions", new Case(false, Subject.MEMBER,
						t -> post("/members/" + t.member() + "/positions").param("title", "Bí thư chi bộ")
							.param("kind", "PARTY")
							.param("unitId", Long.toString(registry.chapterA()))
							.param("from", "2024-01-01"),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.positionAssigned")))),
				Named.of("POST /members/{id}/positions/{positionId}/end", new Case(false, Subject.MEMBER,
						t -> post("/members/" + t.member() + "/positions/" + t.position() + "/end").param("lastDay",
								Fixtures.today().toString()),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.positionEnded")))),
				Named.of("POST /members/new", new Case(false, Subject.CHAPTER,
						t -> post("/members/new").param("chapterId", Long.toString(t.chapter()))
							.param("fullName", "Lưu Thị Cúc")
							.param("birthDate", "1990-03-01")
							.param("sex", "FEMALE")
							.param("admittedOn", "2016-03-01"),
						all(redirectedUrlPattern("/members/*"), flash().attribute("notice", "member.created")))),
				Named.of("GET /api/v1/members?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/members").param("unit", Long.toString(t.unit())),
						all(status().isOk(), jsonPath("$.items[*].fullName", org.hamcrest.Matchers.hasItem("Lưu Văn An"))))),
				Named.of("GET /api/v1/members/{id}", new Case(true, Subject.MEMBER, t -> get("/api/v1/members/" + t.member()),
						all(status().isOk(), jsonPath("$.fullName").value("Lưu Văn An")))),
				Named.of("PUT /api/v1/members/{id}", new Case(true, Subject.MEMBER,
						t -> put("/api/v1/members/" + t.member()).contentType(MediaType.APPLICATION_JSON)
							.content("{\"version\":0,\"fullName\":\"Lưu Văn Ấn\",\"birthDate\":\"1985-03-01\","
									+ "\"sex\":\"MALE\",\"admittedOn\":\"2015-03-01\",\"fullMemberOn\":\"2016-03-01\"}"),
						all(status().isOk(), jsonPath("$.fullName").value("Lưu Văn Ấn")))),
				Named.of("POST /api/v1/members/{id}/status", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/members/" + t.member() + "/status").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"status\":\"SUSPENDED\",\"from\":\"%s\"}", Fixtures.today())),
						all(status().isOk(), jsonPath("$.status").value("SUSPENDED")))),
				Named.of("POST /api/v1/members/{id}/transfer", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/members/" + t.member() + "/transfer").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"chapterId\":%d,\"from\":\"%s\"}", registry.otherChapterA(),
									Fixtures.today())),
						all(status().isOk(), jsonPath("$.chapterId").value(registry.otherChapterA())))),
				Named.of("POST /api/v1/members/{id}/positions", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/members/" + t.member() + "/positions").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"unitId\":%d,\"title\":\"Bí thư chi bộ\",\"kind\":\"PARTY\","
									+ "\"from\":\"2024-01-01\"}", registry.chapterA())),
						all(status().isCreated(), jsonPath("$.title").value("Bí thư chi bộ")))),
				Named.of("POST /api/v1/members/{id}/positions/{positionId}/end", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/members/" + t.member() + "/positions/" + t.position() + "/end")
							.contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"lastDay\":\"%s\"}", Fixtures.today())),
						all(status().isOk(), jsonPath("$.to").value(Fixtures.today().toString())))),
				Named.of("POST /api/v1/members", new Case(true, Subject.CHAPTER,
						t -> post("/api/v1/members").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"chapterId\":%d,\"fullName\":\"Lưu Thị Đào\",\"birthDate\":\"1990-03-01\","
									+ "\"sex\":\"FEMALE\",\"admittedOn\":\"2016-03-01\"}", t.chapter())),
						all(status().isCreated(), jsonPath("$.chapterId").value(registry.chapterA())))),
				Named.of("GET /api/v1/org-units/{id}", new Case(true, Subject.UNIT, t -> get("/api/v1/org-units/" + t.unit()),
						all(status().isOk(), jsonPath("$.name").value(world.nameA())))),
				Named.of("POST /api/v1/org-units", new Case(true, Subject.UNIT,
						t -> post("/api/v1/org-units").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"parentId\":%d,\"type\":\"SUB_CHAPTER\",\"name\":\"%s\"}", t.unit(),
									Fixtures.unique("Chi bộ"))),
						all(status().isCreated(), jsonPath("$.parentId").value(world.unitA())))),
				Named.of("GET /api/v1/users/{id}", new Case(true, Subject.USER, t -> get("/api/v1/users/" + t.user()),
						all(status().isOk(), jsonPath("$.username").value(world.userA().username())))),
				Named.of("POST /api/v1/users/{id}/grants", new Case(true, Subject.USER,
						t -> post("/api/v1/users/" + t.user() + "/grants").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"role\":\"PROPAGANDA\",\"unitId\":%d}", world.unitA())),
						all(status().isCreated(), jsonPath("$.username").value(world.userA().username())))),
				Named.of("GET /dashboard?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/dashboard").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("GET /api/v1/dashboard?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/dashboard").param("unit", Long.toString(t.unit())),
						all(status().isOk(), jsonPath("$.unitName").value(world.nameA())))),
				Named.of("GET /members/export?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/members/export").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().contentType(XLSX)))),
				Named.of("GET /api/v1/members/export?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/members/export").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().contentType(XLSX)))),
				Named.of("POST /api/v1/campaigns", new Case(true, Subject.UNIT,
						t -> post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"unitId\":%d,\"name\":\"%s\",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-12-31\"}",
									t.unit(), Fixtures.unique("Kiểm điểm"))),
						all(status().isCreated(), jsonPath("$.unitId").value(world.unitA())))),
				Named.of("POST /documents/reports", new Case(false, Subject.UNIT,
						t -> post("/documents/reports").param("unitId", Long.toString(t.unit()))
							.param("periodFrom", "2025-01-01")
							.param("periodTo", "2025-12-31"),
						redirectedUrlPattern("/documents/reports/*"))),
				Named.of("POST /campaigns", new Case(false, Subject.UNIT,
						t -> post("/campaigns").param("unitId", Long.toString(t.unit()))
							.param("name", Fixtures.unique("Kiểm điểm"))
							.param("periodFrom", "2025-01-01")
							.param("periodTo", "2025-12-31"),
						redirectedUrlPattern("/campaigns/*"))),
				Named.of("GET /campaigns/{id}/reviews/new?member={id}", new Case(false, Subject.MEMBER,
						t -> get("/campaigns/" + rootCampaign() + "/reviews/new").param("kind", "MEMBER")
							.param("member", Long.toString(t.member())),
						status().isOk())),
				Named.of("POST /api/v1/reviews", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/reviews").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"campaignId\":%d,\"subjectKind\":\"MEMBER\",\"memberId\":%d}",
									rootCampaign(), t.member())),
						status().isCreated())),
				Named.of("GET /documents/settings?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/documents/settings").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("POST /documents/settings/terms?unit={id}", new Case(false, Subject.UNIT,
						t -> post("/documents/settings/terms").param("unit", Long.toString(t.unit()))
							.param("name", "Nhiệm kỳ 2020–2025")
							.param("startsOn", "2020-10-16")
							.param("endsOn", "2025-10-15"),
						all(redirectedUrlPattern("/documents/settings*"), flash().attribute("notice", "document.termDeclared")))),
				Named.of("GET /plans/{id}", new Case(false, Subject.PLAN, t -> get("/plans/" + t.records().plan()),
						all(status().isOk(), content().string(containsString(recordsA.planNumber()))))),
				Named.of("GET /api/v1/plans/{id}", new Case(true, Subject.PLAN,
						t -> get("/api/v1/plans/" + t.records().plan()),
						all(status().isOk(), jsonPath("$.numberSymbol").value(recordsA.planNumber())))),
				Named.of("GET /shortcomings/{id}", new Case(false, Subject.SHORTCOMING,
						t -> get("/shortcomings/" + t.records().shortcoming()),
						all(status().isOk(), content().string(containsString(recordsA.itemText()))))),
				Named.of("GET /api/v1/shortcomings/{id}", new Case(true, Subject.SHORTCOMING,
						t -> get("/api/v1/shortcomings/" + t.records().shortcoming()),
						all(status().isOk(), jsonPath("$.item.text").value(recordsA.itemText())))),
				Named.of("GET /campaigns/{id}", new Case(false, Subject.CAMPAIGN,
						t -> get("/campaigns/" + t.records().campaign()),
						all(status().isOk(), content().string(containsString(recordsA.campaignName()))))),
				Named.of("GET /reviews/{id}", new Case(false, Subject.REVIEW, t -> get("/reviews/" + t.records().review()),
						all(status().isOk(), content().string(containsString("Lưu Văn Ánh"))))),
				Named.of("GET /documents/classification/{id}/preview", new Case(false, Subject.ROUND,
						t -> get("/documents/classification/" + t.records().classificationRound() + "/preview"),
						all(status().isOk(), content().string(containsString("năm " + Fixtures.today().getYear())),
								content().string(containsString("data-testid=\"not-published\""))))),
				Named.of("POST /documents (CLASSIFICATION_REPORT)", new Case(false, Subject.ROUND,
						t -> post("/documents").param("kind", "CLASSIFICATION_REPORT")
							.param("sourceId", Long.toString(t.records().classificationRound())),
						all(redirectedUrl("/documents"), flash().attributeExists("problem")))),
				Named.of("GET /discipline/{id}", new Case(false, Subject.CASE,
						t -> get("/discipline/" + t.records().disciplineCase()),
						all(status().isOk(), content().string(containsString("Lưu Văn Ánh"))))),
				Named.of("GET /api/v1/discipline/cases/{id}", new Case(true, Subject.CASE,
						t -> get("/api/v1/discipline/cases/" + t.records().disciplineCase()),
						all(status().isOk(), jsonPath("$.summary.subjectName").value("Lưu Văn Ánh")))),
				Named.of("POST /api/v1/discipline/cases/{id}/violations", new Case(true, Subject.CASE,
						t -> post("/api/v1/discipline/cases/" + t.records().disciplineCase() + "/violations")
							.contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"description\":\"Vi phạm\",\"committedOn\":\"%s\",\"category\":\"ORDINARY\"}",
									Fixtures.today().minusDays(1))),
						all(status().isCreated(), jsonPath("$.violations[0].description").value("Vi phạm")))),
				Named.of("POST /discipline/{id}/violations", new Case(false, Subject.CASE,
						t -> post("/discipline/" + t.records().disciplineCase() + "/violations").param("description", "Vi phạm")
							.param("committedOn", Fixtures.today().minusDays(1).toString())
							.param("category", "ORDINARY"),
						redirectedUrlPattern("/discipline/*"))),
				Named.of("POST /api/v1/discipline/cases (member)", new Case(true, Subject.MEMBER,
						t -> post("/api/v1/discipline/cases").contentType(MediaType.APPLICATION_JSON)
							.content(json("{\"memberId\":%d,\"openedByUnitId\":%d,\"source\":\"INSPECTION\","
									+ "\"openedOn\":\"%s\",\"summary\":\"Hồ sơ\"}", t.member(), world.unitA(), Fixtures.today())),
						status().isCreated())),
				Named.of("GET /api/v1/discipline/members/{id}/effects", new Case(true, Subject.MEMBER,
						t -> get("/api/v1/discipline/members/" + t.member() + "/effects"),
						all(status().isOk(), jsonPath("$.memberId").isNumber()))),
				Named.of("GET /discipline/members/{id}", new Case(false, Subject.MEMBER,
						t -> get("/discipline/members/" + t.member()),
						all(status().isOk(), content().string(containsString("discipline-history"))))),
				Named.of("GET /api/v1/discipline/members/{id}/cases", new Case(true, Subject.MEMBER,
						t -> get("/api/v1/discipline/members/" + t.member() + "/cases"),
						all(status().isOk(), jsonPath("$").isArray()))),
				Named.of("GET /api/v1/discipline/statistics?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/discipline/statistics").param("unit", Long.toString(t.unit()))
							.param("from", "2025-01-01")
							.param("until", Fixtures.today().toString()),
						all(status().isOk(), jsonPath("$.unitId").isNumber()))),
				Named.of("GET /discipline/statistics.xlsx?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/discipline/statistics.xlsx").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().contentType(XLSX)))),
				Named.of("GET /api/v1/discipline/cases?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/discipline/cases").param("unit", Long.toString(t.unit())),
						all(status().isOk(), jsonPath("$.total").isNumber()))),
				Named.of("GET /discipline/statistics?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/discipline/statistics").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("GET /classification/rounds/{id}", new Case(false, Subject.ROUND,
						t -> get("/classification/rounds/" + t.records().classificationRound()),
						all(status().isOk(), content().string(containsString("data-testid=\"tracker\""))))),
				Named.of("GET /api/v1/classification/rounds/{id}", new Case(true, Subject.ROUND,
						t -> get("/api/v1/classification/rounds/" + t.records().classificationRound()),
						all(status().isOk(), jsonPath("$.round.unitId").value(world.unitA())))),
				Named.of("GET /api/v1/classification/rounds/{id}/report", new Case(true, Subject.ROUND,
						t -> get("/api/v1/classification/rounds/" + t.records().classificationRound() + "/report"),
						all(status().isOk(), jsonPath("$.round.unitName").value(world.nameA())))),
				Named.of("GET /classification/rounds/{id}/report", new Case(false, Subject.ROUND,
						t -> get("/classification/rounds/" + t.records().classificationRound() + "/report"),
						all(status().isOk(), content().string(containsString("classification-table"))))),
				Named.of("GET /classification/rounds/{id}/report.xlsx", new Case(false, Subject.ROUND,
						t -> get("/classification/rounds/" + t.records().classificationRound() + "/report.xlsx"),
						all(status().isOk(), content().contentType(XLSX)))),
				Named.of("POST /api/v1/classification/rounds/{id}/publication", new Case(true, Subject.ROUND,
						t -> post("/api/v1/classification/rounds/" + t.records().classificationRound() + "/publication"),
						all(status().isBadRequest(), jsonPath("$.detail").value(containsString("chưa có quyết định"))))),
				Named.of("GET /classification/subjects/{id}", new Case(false, Subject.CLASSIFIED,
						t -> get("/classification/subjects/" + t.records().classificationSubject()),
						all(status().isOk(), content().string(containsString("data-testid=\"gates\""))))),
				Named.of("GET /api/v1/classification/subjects/{id}", new Case(true, Subject.CLASSIFIED,
						t -> get("/api/v1/classification/subjects/" + t.records().classificationSubject()),
						all(status().isOk(), jsonPath("$.gates").isArray()))),
				Named.of("POST /api/v1/classification/subjects/{id}/self-assessment", new Case(true, Subject.CLASSIFIED,
						t -> post("/api/v1/classification/subjects/" + t.records().classificationSubject() + "/self-assessment")
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"level\":\"GOOD\",\"points\":{\"POLITICS\":8,\"DISCIPLINE\":8,\"STYLE\":8,"
									+ "\"TASKS\":55},\"tasksTotal\":4,\"tasksDone\":4,\"tasksOnTime\":4,\"version\":"
									+ subjectVersion(t.records().classificationSubject()) + "}"),
						status().isNoContent())),
				Named.of("POST /classification/subjects/{id}/self", new Case(false, Subject.CLASSIFIED,
						t -> post("/classification/subjects/" + t.records().classificationSubject() + "/self")
							.param("level", "GOOD").param("points.POLITICS", "8").param("points.DISCIPLINE", "8")
							.param("points.STYLE", "8").param("points.TASKS", "55").param("tasksTotal", "4")
							.param("tasksDone", "4").param("tasksOnTime", "4")
							.param("version", Integer.toString(subjectVersion(t.records().classificationSubject()))),
						redirectedUrlPattern("/classification/subjects/*"))),
				Named.of("POST /api/v1/classification/subjects/{id}/appraisal", new Case(true, Subject.CLASSIFIED,
						t -> post("/api/v1/classification/subjects/" + t.records().classificationSubject() + "/appraisal")
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"level\":\"GOOD\",\"version\":0}"),
						all(status().isBadRequest(), jsonPath("$.detail").value(containsString("Chưa thể"))))),
				Named.of("GET /classification/members/{id}", new Case(false, Subject.MEMBER,
						t -> get("/classification/members/" + t.member()),
						all(status().isOk(), content().string(containsString("classification-results"))))),
				Named.of("GET /api/v1/classification/members/{id}/results", new Case(true, Subject.MEMBER,
						t -> get("/api/v1/classification/members/" + t.member() + "/results"),
						all(status().isOk(), jsonPath("$").isArray()))),
				Named.of("GET /api/v1/classification/rounds?unit={id}", new Case(true, Subject.UNIT,
						t -> get("/api/v1/classification/rounds").param("unit", Long.toString(t.unit())),
						all(status().isOk(), jsonPath("$[0].unitName").value(world.nameA())))),
				Named.of("GET /classification?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/classification").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("POST /api/v1/classification/rounds (unit)", new Case(true, Subject.UNIT,
						t -> post("/api/v1/classification/rounds").contentType(MediaType.APPLICATION_JSON)
							.content("{\"unitId\":" + t.unit() + ",\"year\":" + (Fixtures.today().getYear() - 1) + "}"),
						status().isCreated())),
				Named.of("GET /classification/import?unit={id}", new Case(false, Subject.UNIT,
						t -> get("/classification/import").param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString(world.nameA()))))),
				Named.of("POST /classification/import (unit)", new Case(false, Subject.UNIT,
						t -> multipart("/classification/import").file(pastResultsFile()).param("unit", Long.toString(t.unit())),
						all(status().isOk(), content().string(containsString("Đã nhập 1 kết quả xếp loại."))))),
				Named.of("GET /api/v1/files/{id}", new Case(true, Subject.FILE,
						t -> get("/api/v1/files/" + t.records().file()),
						all(status().isOk(), content().bytes(PDF)))));
	}

	private final java.util.concurrent.atomic.AtomicInteger pastResultMembers = new java.util.concurrent.atomic.AtomicInteger();

	/** A file of one result of this year for a member of A's chapter made for it (its own birth day tells him apart). */
	MockMultipartFile pastResultsFile() {
		try {
			java.time.LocalDate born = java.time.LocalDate.of(1960, 1, 1).plusDays(pastResultMembers.incrementAndGet());
			members.member(registry.chapterA(), "Lưu Văn Sổ", f -> f.put("birthDate", born));
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
					java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
				var sheet = book.createSheet();
				sheet.createRow(0).createCell(0).setCellValue("STT");
				var row = sheet.createRow(1);
				String[] cells = { "1", "Lưu Văn Sổ", vn.xdd.shared.VietnameseText.date(born),
						Integer.toString(Fixtures.today().getYear()), "GOOD", "" };
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
				book.write(out);
				return new MockMultipartFile("file", "ket-qua.xlsx", XLSX, out.toByteArray());
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aPlainMemberMayNotImportPastResults() throws Exception {
		String plain = Fixtures.unique("plain");
		fixtures.activeUser(plain, Role.MEMBER, world.unitA());
		MockHttpSession session = fixtures.login(plain, Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/classification/import").param("unit", Long.toString(world.unitA())).session(session))
			.andExpect(status().isForbidden());
		mvc.perform(get("/classification/import/template.xlsx").session(session)).andExpect(status().isForbidden());
		mvc.perform(multipart("/classification/import").file(pastResultsFile())
			.param("unit", Long.toString(world.unitA()))
			.session(session)
			.with(csrf())).andExpect(status().isForbidden());
		// Positive control: the organisation board of A gets the template.
		mvc.perform(get("/classification/import/template.xlsx").session(world.session()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX));
	}

	private long rootCampaign;

	/** A campaign the root opened over the whole tree, current on the day the test runs. */
	long rootCampaign() {
		if (rootCampaign == 0) {
			try {
				java.time.LocalDate today = Fixtures.today();
				rootCampaign = Fixtures.number(members.postJson("/api/v1/campaigns",
						java.util.Map.of("unitId", Fixtures.ROOT, "name", Fixtures.unique("Kiểm điểm toàn tỉnh"),
								"periodFrom", today.minusYears(1), "periodTo", today.plusDays(1)),
						201), "$.id");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
		return rootCampaign;
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	AbstractMockHttpServletRequestBuilder<?> asScoped(Case c, AbstractMockHttpServletRequestBuilder<?> request) {
		return c.api() ? request.with(Fixtures.as(world.scoped(), Fixtures.CHANGED_PASSWORD))
				: request.session(world.session()).with(csrf());
	}

	/** B's user (account row and grants) and B's direct subordinates, as the root administrator sees them. */
	String stateOfB() throws Exception {
		String user = body(get("/api/v1/users/" + world.userB().id()).with(Fixtures.admin()), 200);
		String account = jdbc.sql("select concat_ws('|', password_hash, enabled, must_change_password, version) "
				+ "from app_user where id = ?").param(world.userB().id()).query(String.class).single();
		String member = jdbc.sql("""
				select concat_ws('|', m.full_name, m.status, m.unit_id, m.version,
				    (select string_agg(concat_ws(',', p.id, p.title, p.to_date), ';' order by p.id)
				     from member_position p where p.member_id = m.id),
				    (select count(*) from member_status_period s where s.member_id = m.id),
				    (select count(*) from member_membership mm where mm.member_id = m.id),
				    (select count(*) from member mb where mb.unit_id = ?))
				from member m where m.id = ?""").params(registry.chapterB(), registry.memberB()).query(String.class).single();
		String discipline = jdbc.sql("""
				select concat_ws('|', c.status, c.version, (select count(*) from discipline_violation v where v.case_id = c.id),
				    (select count(*) from discipline_case o where o.member_id = c.member_id))
				from discipline_case c where c.id = ?""").param(recordsB.disciplineCase()).query(String.class).single();
		List<Object> children = JsonPath.read(body(get("/api/v1/org-units").with(Fixtures.admin()), 200),
				"$[?(@.parentId == " + world.unitB() + ")].id");
		return user + "\n" + account + "\n" + children + "\n" + member + "\n" + discipline;
	}

	long deniedLines(Subject subject, long id) {
		return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ? "
				+ "and record_type = ? and record_id = ?")
			.params(world.scoped(), subject.recordType, Long.toString(id))
			.query(Long.class)
			.single();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void anotherUnitsRecordIsNotFoundAndTheAttemptIsAudited(Case c) throws Exception {
		// Positive control: the very same request on A's unit or user goes through.
		Target a = targetA();
		long deniedOnA = deniedLines(c.subject(), a.id(c.subject()));
		mvc.perform(asScoped(c, c.request().apply(a))).andExpect(c.success());
		assertThat(deniedLines(c.subject(), a.id(c.subject()))).isEqualTo(deniedOnA);

		Target b = targetB();
		long id = b.id(c.subject());
		long deniedBefore = deniedLines(c.subject(), id);
		String stateBefore = stateOfB();
		MvcResult result = mvc.perform(asScoped(c, c.request().apply(b))).andExpect(status().isNotFound()).andReturn();
		assertThat(stateOfB()).as("B's unit and user after the refused request").isEqualTo(stateBefore);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (c.api()) {
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(404);
			assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo(NOT_FOUND_DETAIL);
		}
		else {
			assertThat(body).contains("data-testid=\"error-code\">404<")
				.contains("Không tìm thấy")
				.contains("Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi đơn vị của bạn.");
		}
		assertThat(body).doesNotContain(world.nameB()).doesNotContain(world.userB().username())
			.doesNotContain(registry.memberNameB());
		assertThat(deniedLines(c.subject(), id)).as("ACCESS_DENIED lines for %s %d", c.subject().recordType, id)
			.isEqualTo(deniedBefore + 1);
	}

	@Test
	void aPlainMemberIsRefusedTheClassificationReport() throws Exception {
		String username = Fixtures.unique("dvxl");
		fixtures.createUser(username, Role.MEMBER, registry.chapterA());
		MockHttpSession plain = fixtures.loginChangingPassword(username);
		long round = recordsA.classificationRound();
		int preview = mvc.perform(get("/documents/classification/" + round + "/preview").session(plain))
			.andReturn().getResponse().getStatus();
		assertThat(preview).isIn(403, 404);
		int issue = mvc.perform(post("/documents").session(plain).with(csrf()).param("kind", "CLASSIFICATION_REPORT")
			.param("sourceId", Long.toString(round))).andReturn().getResponse().getStatus();
		assertThat(issue).isIn(403, 404);
		assertThat(jdbc.sql("select count(*) from issued_document where source_kind = 'CLASSIFICATION_REPORT' and source_id = ?")
			.param(round).query(Long.class).single()).isZero();
	}

	@Test
	void outOfScopeAndNonexistentAreIndistinguishableOnTheApi() throws Exception {
		for (String path : List.of("/api/v1/org-units/", "/api/v1/users/", "/api/v1/members/")) {
			long outside = path.contains("org-units") ? world.unitB()
					: path.contains("members") ? registry.memberB() : world.userB().id();
			String refused = body(get(path + outside).with(Fixtures.as(world.scoped(), Fixtures.CHANGED_PASSWORD)), 404);
			String missing = body(get(path + NO_SUCH_ID).with(Fixtures.as(world.scoped(), Fixtures.CHANGED_PASSWORD)),
					404);
			// The whole problem document is the same, but for the address it names.
			Map<String, Object> refusedProblem = new HashMap<>(JsonPath.read(refused, "$"));
			Map<String, Object> missingProblem = new HashMap<>(JsonPath.read(missing, "$"));
			assertThat(refusedProblem.remove("instance")).isEqualTo(path + outside);
			assertThat(missingProblem.remove("instance")).isEqualTo(path + NO_SUCH_ID);
			assertThat(refusedProblem).isEqualTo(missingProblem).containsEntry("detail", NOT_FOUND_DETAIL);
		}
	}

	@Test
	void aGrantOfAnotherUserCannotBeRevokedThroughAnAccessibleUser() throws Exception {
		mvc.perform(post("/admin/users/" + world.userA().id() + "/grants/" + world.userB().firstGrantId() + "/revoke")
			.session(world.session())
			.with(csrf())).andExpect(status().isNotFound());
		// B's user still holds the grant.
		mvc.perform(get("/api/v1/users/" + world.userB().id()).with(Fixtures.admin()))
			.andExpect(jsonPath("$.grants[0].id").value(world.userB().firstGrantId()));
	}

	@Test
	void listsAndFiguresShowNothingOfTheOtherUnit() throws Exception {
		World w = newWorld();
		long childA = fixtures.createUnit(w.unitA(), "Chi bộ con A " + Fixtures.unique("c"));
		long childB1 = fixtures.createUnit(w.unitB(), "Chi bộ con B1 " + Fixtures.unique("c"));
		long childB2 = fixtures.createUnit(w.unitB(), "Chi bộ con B2 " + Fixtures.unique("c"));
		fixtures.createUser(Fixtures.unique("userb2"), Role.SECRETARY, childB1);

		String units = page(get("/units"), w);
		assertThat(units).contains(w.nameA()).doesNotContain(w.nameB()).doesNotContain("Chi bộ con B");

		String users = page(get("/admin/users"), w);
		assertThat(users).contains(w.userA().username()).contains(w.scoped()).doesNotContain(w.userB().username());

		String orgUnits = body(get("/api/v1/org-units").with(Fixtures.as(w.scoped(), Fixtures.CHANGED_PASSWORD)), 200);
		List<Number> unitIds = JsonPath.read(orgUnits, "$[*].id");
		assertThat(unitIds.stream().map(Number::longValue)).containsExactly(w.unitA(), childA);
		assertThat(unitIds.stream().map(Number::longValue)).doesNotContain(w.unitB(), childB1, childB2);

		String apiUsers = body(get("/api/v1/users").with(Fixtures.as(w.scoped(), Fixtures.CHANGED_PASSWORD)), 200);
		List<String> usernames = JsonPath.read(apiUsers, "$[*].username");
		assertThat(usernames).containsExactlyInAnyOrder(w.scoped(), w.userA().username());

		// The root administrator sees both units: the lists above are filtered, not empty by accident.
		String all = body(get("/api/v1/org-units").with(Fixtures.admin()), 200);
		List<Number> allIds = JsonPath.read(all, "$[*].id");
		assertThat(allIds.stream().map(Number::longValue)).contains(w.unitA(), w.unitB(), childB1);

		String home = page(get("/"), w);
		assertThat(Fixtures.testId(home, "unit-count")).isEqualTo("2");
		assertThat(Fixtures.testId(home, "user-count")).isEqualTo("2");
		assertThat(Fixtures.testId(home, "active-unit")).isEqualTo(w.nameA());
		assertThat(home).doesNotContain(w.nameB());
	}

	@Test
	void aGrantOnAUnitOutsideTheScopeIsRefusedExactlyLikeOneOnAUnitThatDoesNotExist() throws Exception {
		var scoped = Fixtures.as(world.scoped(), Fixtures.CHANGED_PASSWORD);
		String grantPath = "/api/v1/users/" + world.userA().id() + "/grants";
		String outside = body(post(grantPath).with(scoped)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"role\":\"MEMBER\",\"unitId\":%d}", world.unitB())), 400);
		String missing = body(post(grantPath).with(scoped)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"role\":\"MEMBER\",\"unitId\":%d}", NO_SUCH_ID)), 400);
		assertThat((String) JsonPath.read(outside, "$.detail")).isEqualTo(UNKNOWN_UNIT);
		assertThat((String) JsonPath.read(missing, "$.detail")).isEqualTo(UNKNOWN_UNIT);
		// Positive control: a grant on A goes through.
		body(post(grantPath).with(scoped)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("{\"role\":\"SECRETARY\",\"unitId\":%d}", world.unitA())), 201);

		String outsideUser = Fixtures.unique("outside");
		String missingUser = Fixtures.unique("missing");
		for (Object[] attempt : List.of(new Object[] { outsideUser, world.unitB() },
				new Object[] { missingUser, NO_SUCH_ID })) {
			String refused = body(post("/api/v1/users").with(scoped)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("{\"username\":\"%s\",\"fullName\":\"Ngoài phạm vi\",\"password\":\"Khoitao2025\","
						+ "\"role\":\"MEMBER\",\"unitId\":%d}", attempt)), 400);
			assertThat((String) JsonPath.read(refused, "$.detail")).isEqualTo(UNKNOWN_UNIT);
		}
		String allUsers = body(get("/api/v1/users").with(Fixtures.admin()), 200);
		assertThat(allUsers).doesNotContain(outsideUser).doesNotContain(missingUser);

		// The pages give the same message for both.
		for (long unit : new long[] { world.unitB(), NO_SUCH_ID }) {
			mvc.perform(post("/admin/users/" + world.userA().id() + "/grants").session(world.session())
				.with(csrf())
				.param("role", "LEADERSHIP")
				.param("unitId", Long.toString(unit)))
				.andExpect(redirectedUrl("/admin/users/" + world.userA().id()))
				.andExpect(flash().attribute("problem", "grant.error.unknownUnit"));
			String form = page(post("/admin/users").with(csrf())
				.param("username", Fixtures.unique("form"))
				.param("fullName", "Ngoài phạm vi")
				.param("password", "Khoitao2025")
				.param("role", "MEMBER")
				.param("unitId", Long.toString(unit)), world);
			assertThat(form).contains(UNKNOWN_UNIT);
		}
	}

	String page(MockHttpServletRequestBuilder request, World w) throws Exception {
		MvcResult result = mvc.perform(request.session(w.session())).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
