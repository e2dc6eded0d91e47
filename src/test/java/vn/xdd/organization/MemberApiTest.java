package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The members API: create, read (with its audit line), list with the page's filters and a cursor,
 * update with the version read (a stale one is a 409), status, transfer and positions; refusals as
 * problem details in Vietnamese; ethnicity and religion left out for the roles that may not see them.
 */
@XddIntegrationTest
class MemberApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String get200(String path) throws Exception {
		return Fixtures.body(mvc.perform(get(path).with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
	}

	@Test
	void aMemberIsCreatedReadAndUpdatedWithItsVersion() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ API " + Fixtures.unique("a"));
		long chapter = members.chapter(committee, "Chi bộ API " + Fixtures.unique("c"));
		String card = MemberFixtures.uniqueDigits(8);
		String created = members.postJson("/api/v1/members", Map.of("chapterId", chapter, "fullName", "  TRẦN   THỊ MAI ",
				"birthDate", "1990-04-05", "sex", "FEMALE", "admittedOn", "2014-06-01", "ethnicity", "Tày", "partyCardNo",
				card, "decisionRef", "12-QĐ/ĐU"), 201);
		long id = Fixtures.number(created, "$.id");
		assertThat((String) JsonPath.read(created, "$.fullName")).isEqualTo("Trần Thị Mai");
		assertThat((String) JsonPath.read(created, "$.status")).isEqualTo("PROBATIONARY");
		assertThat((String) JsonPath.read(created, "$.ethnicity")).isEqualTo("Tày");
		assertThat((Boolean) JsonPath.read(created, "$.reviewDue")).isTrue();
		assertThat((Integer) JsonPath.read(created, "$.timeline.statuses.length()")).isEqualTo(1);
		assertThat((String) JsonPath.read(created, "$.timeline.statuses[0].decisionRef")).isEqualTo("12-QĐ/ĐU");
		assertThat(readLines(id)).as("creating is not reading").isZero();

		String read = get200("/api/v1/members/" + id);
		assertThat((String) JsonPath.read(read, "$.partyCardNo")).isEqualTo(card);
		assertThat(readLines(id)).isEqualTo(1);
		int version = JsonPath.read(read, "$.version");

		String body = MemberFixtures.json(MemberFixtures.record("Trần Thị Mai", f -> {
			f.put("sex", "FEMALE");
			f.put("birthDate", "1990-04-05");
			f.put("admittedOn", "2014-06-01");
			f.put("fullMemberOn", null);
			f.put("residence", "Phường Đông Kinh");
			f.put("ethnicity", "Tày");
			f.put("version", version);
		}));
		String updated = Fixtures.body(mvc.perform(put("/api/v1/members/" + id).with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn());
		assertThat((String) JsonPath.read(updated, "$.residence")).isEqualTo("Phường Đông Kinh");
		assertThat((Integer) JsonPath.read(updated, "$.version")).isGreaterThan(version);

		// The same body again carries a version that is no longer current: refused, nothing changes.
		String stale = body.replace("Phường Đông Kinh", "Phường Tam Thanh");
		MvcResult conflict = mvc.perform(put("/api/v1/members/" + id).with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(stale)).andExpect(status().isConflict()).andReturn();
		assertThat(conflict.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat((String) JsonPath.read(Fixtures.body(conflict), "$.detail"))
			.isEqualTo("Bản ghi vừa được người khác cập nhật. Hãy tải lại và nhập lại thay đổi của bạn.");
		assertThat((String) JsonPath.read(get200("/api/v1/members/" + id), "$.residence")).isEqualTo("Phường Đông Kinh");
	}

	@Test
	void anInvalidRecordIsRefusedFieldByFieldInVietnamese() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ API " + Fixtures.unique("a"));
		long chapter = members.chapter(committee, "Chi bộ API " + Fixtures.unique("c"));
		String problem = members.postJson("/api/v1/members", Map.of("chapterId", chapter, "fullName", "Lê Văn 3",
				"birthDate", "1990-04-05", "sex", "MALE", "admittedOn", "2000-06-01", "partyCardNo", "1234"), 400);
		assertThat((String) JsonPath.read(problem, "$.detail")).startsWith("Hồ sơ đảng viên chưa hợp lệ; chưa lưu gì.");
		List<String> fields = JsonPath.read(problem, "$.errors[*].field");
		assertThat(fields).containsExactlyInAnyOrder("memberField.FULL_NAME", "memberField.ADMITTED_ON",
				"memberField.PARTY_CARD_NO");
		List<String> cardMessages = JsonPath.read(problem, "$.errors[?(@.field == 'memberField.PARTY_CARD_NO')].message");
		assertThat(cardMessages).containsExactly("Số thẻ đảng viên phải gồm đúng 8 chữ số.");
		String list = get200("/api/v1/members?unit=" + chapter);
		assertThat((Integer) JsonPath.read(list, "$.total")).isZero();
	}

	@Test
	void statusTransferAndPositionsChangeTheTimeline() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ API " + Fixtures.unique("a"));
		long chapter = members.chapter(committee, "Chi bộ Một " + Fixtures.unique("c"));
		long other = members.chapter(committee, "Chi bộ Hai " + Fixtures.unique("c"));
		long id = members.member(chapter, "Phạm Văn Hùng");

		String position = members.postJson("/api/v1/members/" + id + "/positions", Map.of("unitId", chapter, "title",
				"Bí thư chi bộ", "kind", "PARTY", "from", "2020-01-01", "decisionRef", "5-QĐ/ĐU"), 201);
		long positionId = Fixtures.number(position, "$.id");
		assertThat((String) JsonPath.read(position, "$.kind")).isEqualTo("PARTY");
		assertThat((String) JsonPath.read(get200("/api/v1/members?unit=" + chapter), "$.items[0].currentPositions"))
			.isEqualTo("Bí thư chi bộ");

		String transferred = members.postJson("/api/v1/members/" + id + "/transfer",
				Map.of("chapterId", other, "from", "2024-05-01", "decisionRef", "9-QĐ/ĐU"), 200);
		assertThat(Fixtures.number(transferred, "$.chapterId")).isEqualTo(other);
		assertThat((String) JsonPath.read(transferred, "$.timeline.memberships[0].to")).isEqualTo("2024-04-30");
		assertThat((String) JsonPath.read(transferred, "$.timeline.memberships[1].from")).isEqualTo("2024-05-01");
		// The post held in the old chapter ended with the membership there.
		assertThat((String) JsonPath.read(transferred, "$.timeline.positions[0].to")).isEqualTo("2024-04-30");
		String ended = members.postJson("/api/v1/members/" + id + "/positions/" + positionId + "/end",
				Map.of("lastDay", "2024-06-01"), 400);
		assertThat((String) JsonPath.read(ended, "$.detail")).isEqualTo("Chức vụ này đã kết thúc.");
		// A post named under the address of another member does not exist there.
		members.postJson("/api/v1/members/" + (id + 1_000_000) + "/positions/" + positionId + "/end",
				Map.of("lastDay", "2024-06-01"), 404);

		String suspended = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "SUSPENDED", "from", Fixtures.today().minusDays(3).toString(), "decisionRef", "3-QĐ/UBKT"),
				200);
		assertThat((String) JsonPath.read(suspended, "$.status")).isEqualTo("SUSPENDED");
		// The probation before the full membership, the full membership, the suspension.
		assertThat((Integer) JsonPath.read(suspended, "$.timeline.statuses.length()")).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'MEMBER' and record_id = ? "
				+ "and action in ('TRANSFER', 'STATUS_CHANGE', 'POSITION')")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(3);

		String refused = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "PROBATIONARY", "from", Fixtures.today().plusDays(3).toString()), 400);
		assertThat((String) JsonPath.read(refused, "$.detail")).isEqualTo("Ngày hiệu lực của trạng thái chưa tới.");
	}

	@Test
	void theListPagesByCursorAndCountsTheFilter() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ API " + Fixtures.unique("a"));
		long chapter = members.chapter(committee, "Chi bộ API " + Fixtures.unique("c"));
		for (String name : List.of("Lê Văn Cường", "Hà Thị Bích", "Ngô Văn An")) {
			members.member(chapter, name);
		}
		String first = get200("/api/v1/members?unit=" + committee + "&size=2");
		assertThat((Integer) JsonPath.read(first, "$.total")).isEqualTo(3);
		List<String> firstNames = JsonPath.read(first, "$.items[*].fullName");
		assertThat(firstNames).containsExactly("Ngô Văn An", "Hà Thị Bích");
		String next = JsonPath.read(first, "$.next");
		String second = get200("/api/v1/members?unit=" + committee + "&size=2&cursor=" + next);
		List<String> secondNames = JsonPath.read(second, "$.items[*].fullName");
		assertThat(secondNames).containsExactly("Lê Văn Cường");
		Object noNext = JsonPath.read(second, "$.next");
		assertThat(noNext).isNull();
		assertThat((Integer) JsonPath.read(second, "$.total")).isEqualTo(3);
		mvc.perform(get("/api/v1/members?unit=" + committee + "&status=NOPE").with(Fixtures.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
	}

	@Test
	void ethnicityAndReligionAreLeftOutForRolesThatMayNotSeeThem() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Fixtures fixtures = new Fixtures(mvc);
		long committee = members.committee("Đảng bộ API " + Fixtures.unique("a"));
		long chapter = members.chapter(committee, "Chi bộ API " + Fixtures.unique("c"));
		long id = members.member(chapter, "Hoàng Văn Páo", f -> {
			f.put("ethnicity", "H'Mông");
			f.put("religion", "Tin Lành");
		});
		for (Role role : List.of(Role.SECRETARY, Role.OFFICE, Role.ORGANIZATION_BOARD, Role.LEADERSHIP)) {
			String username = Fixtures.unique(role.name().toLowerCase(java.util.Locale.ROOT));
			fixtures.activeUser(username, role, committee);
			String json = Fixtures.body(mvc.perform(get("/api/v1/members/" + id)
				.with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
			boolean allowed = role == Role.ORGANIZATION_BOARD || role == Role.LEADERSHIP;
			assertThat((Boolean) JsonPath.read(json, "$.sensitiveVisible")).as(role.name()).isEqualTo(allowed);
			if (allowed) {
				assertThat((String) JsonPath.read(json, "$.ethnicity")).isEqualTo("H'Mông");
				assertThat((String) JsonPath.read(json, "$.religion")).isEqualTo("Tin Lành");
			}
			else {
				assertThat(json).as(role.name()).doesNotContain("ethnicity").doesNotContain("religion")
					.doesNotContain("Mông").doesNotContain("Tin Lành");
			}
			assertThat((String) JsonPath.read(json, "$.fullName")).isEqualTo("Hoàng Văn Páo");
		}
	}

	long readLines(long memberId) {
		return jdbc.sql("select count(*) from audit_event where action = 'READ' and record_type = 'MEMBER' and record_id = ?")
			.param(Long.toString(memberId))
			.query(Long.class)
			.single();
	}
}
