package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Status changes and transfers keep the member's history consistent: no period ends before it
 * began (a refusal in Vietnamese, not a database error), a member never recognised as full member
 * does not become one by coming back, and death ends every post.
 */
@XddIntegrationTest
class MemberHistoryRulesTest {

	@Autowired
	MockMvc mvc;

	record Place(long chapter, long other) {
	}

	Place place(MemberFixtures members) throws Exception {
		long committee = members.committee("Đảng bộ Quá trình " + Fixtures.unique("q"));
		return new Place(members.chapter(committee, "Chi bộ Một " + Fixtures.unique("c")),
				members.chapter(committee, "Chi bộ Hai " + Fixtures.unique("c")));
	}

	String record(long id) throws Exception {
		return Fixtures.body(mvc.perform(get("/api/v1/members/" + id).with(Fixtures.admin()))
			.andExpect(status().isOk())
			.andReturn());
	}

	static String detail(String problem) {
		return JsonPath.read(problem, "$.detail");
	}

	@Test
	void leavingTheChapterBeforeTheMembershipThereBeganIsRefused() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Place place = place(members);
		long id = members.member(place.chapter(), "Khổng Văn Lực");
		members.postJson("/api/v1/members/" + id + "/transfer", Map.of("chapterId", place.other(), "from", "2024-05-01"),
				200);
		// After the start of the status (2016) but before the start in the new chapter.
		String refused = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "DECEASED", "from", "2024-03-01"), 400);
		assertThat(detail(refused)).isEqualTo("Ngày hiệu lực phải sau ngày bắt đầu sinh hoạt ở chi bộ hiện tại (01/05/2024).");
		String unchanged = record(id);
		assertThat((String) JsonPath.read(unchanged, "$.status")).isEqualTo("FULL");
		List<Object> openMemberships = JsonPath.read(unchanged, "$.timeline.memberships[?(@.to == null)]");
		assertThat(openMemberships).hasSize(1);

		String accepted = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "DECEASED", "from", "2024-05-02"), 200);
		assertThat((String) JsonPath.read(accepted, "$.timeline.memberships[1].to")).isEqualTo("2024-05-01");
	}

	@Test
	void aPostThatBeganAfterTheDateBlocksLeavingOrTransferringThen() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Place place = place(members);
		long id = members.member(place.chapter(), "Khổng Thị Mơ", f -> f.put("sex", "FEMALE"));
		members.postJson("/api/v1/members/" + id + "/positions",
				Map.of("unitId", place.chapter(), "title", "Bí thư chi bộ", "kind", "PARTY", "from", "2023-06-01"), 201);

		String removal = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "REMOVED", "from", "2023-01-01"), 400);
		assertThat(detail(removal))
			.isEqualTo("Đảng viên giữ chức vụ \"Bí thư chi bộ\" từ ngày 01/06/2023: ngày hiệu lực phải sau ngày đó.");
		String transfer = members.postJson("/api/v1/members/" + id + "/transfer",
				Map.of("chapterId", place.other(), "from", "2023-06-01"), 400);
		assertThat(detail(transfer)).isEqualTo(detail(removal));
		String unchanged = record(id);
		assertThat((String) JsonPath.read(unchanged, "$.status")).isEqualTo("FULL");
		assertThat(Fixtures.number(unchanged, "$.chapterId")).isEqualTo(place.chapter());
		assertThat((String) JsonPath.read(unchanged, "$.currentPositions")).isEqualTo("Bí thư chi bộ");

		String moved = members.postJson("/api/v1/members/" + id + "/transfer",
				Map.of("chapterId", place.other(), "from", "2023-06-02"), 200);
		assertThat((String) JsonPath.read(moved, "$.timeline.positions[0].to")).isEqualTo("2023-06-01");
	}

	@Test
	void deathEndsEveryPostAndRemovalOnlyThePartyOnes() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Place place = place(members);
		long died = members.member(place.chapter(), "Lã Văn Nam");
		long removed = members.member(place.chapter(), "Lã Văn Nghĩa");
		for (long id : new long[] { died, removed }) {
			members.postJson("/api/v1/members/" + id + "/positions",
					Map.of("unitId", place.chapter(), "title", "Chi ủy viên", "kind", "PARTY", "from", "2020-01-01"), 201);
			members.postJson("/api/v1/members/" + id + "/positions",
					Map.of("unitId", place.chapter(), "title", "Trưởng thôn", "kind", "GOVERNMENT", "from", "2020-01-01"),
					201);
		}
		String day = Fixtures.today().minusDays(2).toString();
		String last = Fixtures.today().minusDays(3).toString();
		String deceased = members.postJson("/api/v1/members/" + died + "/status", Map.of("status", "DECEASED", "from", day),
				200);
		List<String> ends = JsonPath.read(deceased, "$.timeline.positions[*].to");
		assertThat(ends).containsExactly(last, last);
		Object positions = JsonPath.read(deceased, "$.currentPositions");
		assertThat(positions).isNull();

		String gone = members.postJson("/api/v1/members/" + removed + "/status", Map.of("status", "REMOVED", "from", day),
				200);
		assertThat((String) JsonPath.read(gone, "$.currentPositions")).isEqualTo("Trưởng thôn");
	}

	@Test
	void aMemberNeverRecognisedAsFullMemberComesBackProbationary() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Place place = place(members);
		LocalDate today = Fixtures.today();
		long id = members.member(place.chapter(), "Mã Văn Phúc", f -> {
			f.put("admittedOn", today.minusYears(2));
			f.put("fullMemberOn", null);
		});
		members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "SUSPENDED", "from", today.minusMonths(2).toString()), 200);
		String refused = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "FULL", "from", today.minusDays(1).toString()), 400);
		assertThat(detail(refused)).isEqualTo("Đảng viên chưa được công nhận chính thức: chỉ có thể trở lại là đảng viên "
				+ "dự bị, rồi xét công nhận chính thức.");
		String back = members.postJson("/api/v1/members/" + id + "/status",
				Map.of("status", "PROBATIONARY", "from", today.minusDays(1).toString()), 200);
		assertThat((String) JsonPath.read(back, "$.status")).isEqualTo("PROBATIONARY");
		Object fullMemberOn = JsonPath.read(back, "$.fullMemberOn");
		assertThat(fullMemberOn).isNull();
	}
}
