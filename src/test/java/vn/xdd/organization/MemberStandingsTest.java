package vn.xdd.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.OrgUnitId;

/** A member's standing on a day: the status, the chapter and the posts of that day, not of today. */
@XddIntegrationTest
class MemberStandingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberStandings standings;

	@Test
	void theStandingIsTheOneOfTheDayAsked() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Vị thế " + Fixtures.unique("v"));
		long chapter = members.chapter(committee, "Chi bộ A " + Fixtures.unique("c"));
		long other = members.chapter(committee, "Chi bộ B " + Fixtures.unique("c"));
		long id = members.member(chapter, "Đặng Văn Vị");
		members.postJson("/api/v1/members/" + id + "/positions",
				Map.of("unitId", chapter, "title", "Phó Bí thư chi bộ", "kind", "PARTY", "from", "2020-01-01"), 201);
		members.postJson("/api/v1/members/" + id + "/transfer", Map.of("chapterId", other, "from", "2024-05-01"), 200);

		MemberStanding probationary = standings.on(new MemberId(id), LocalDate.of(2015, 6, 1)).orElseThrow();
		assertThat(probationary.probationary()).isTrue();
		assertThat(probationary.chapter()).isEqualTo(new OrgUnitId(chapter));
		assertThat(probationary.holdsPost()).isFalse();

		MemberStanding committeeMember = standings.on(new MemberId(id), LocalDate.of(2022, 1, 1)).orElseThrow();
		assertThat(committeeMember.status()).isEqualTo(MemberStatus.FULL);
		assertThat(committeeMember.holdsPost()).isTrue();
		assertThat(committeeMember.committeeOfOwnChapter()).isTrue();
		assertThat(committeeMember.name()).isEqualTo("Đặng Văn Vị");

		MemberStanding moved = standings.on(new MemberId(id), LocalDate.of(2024, 6, 1)).orElseThrow();
		assertThat(moved.chapter()).isEqualTo(new OrgUnitId(other));
		assertThat(moved.committeeOfOwnChapter()).as("the transfer ended his post in the old chapter").isFalse();

		assertThat(standings.on(new MemberId(id), LocalDate.of(2010, 1, 1)).orElseThrow().status()).isNull();
		assertThat(standings.on(new MemberId(Long.MAX_VALUE), LocalDate.of(2024, 6, 1))).isEmpty();
	}
}
