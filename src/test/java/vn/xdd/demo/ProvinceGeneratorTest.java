package vn.xdd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.xdd.organization.BulkLoad.NewMember;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.MemberFilter;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseName;
import vn.xdd.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark generator on a small scale, in a context of its own (its own embedded database,
 * which holds only the root unit at the start: the generator refuses anything else).
 */
@SpringBootTest(properties = "xdd.organization.root-unit-name=Tỉnh ủy Sinh dữ liệu")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceGeneratorTest {

	static final int MEMBERS = 300;

	static final int CHAPTERS = 12;

	static final long SEED = 2025;

	@Autowired
	ProvinceGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcMembers members;

	@Autowired
	JdbcOrgHistory history;

	ProvinceGenerator.Result result;

	@BeforeAll
	void generate() {
		result = generator.generate(MEMBERS, CHAPTERS, SEED);
	}

	@Test
	void fillsTheRootWithCommunesChaptersAndMembers() {
		assertThat(result.members()).isEqualTo(MEMBERS);
		assertThat(count("select count(*) from org_unit where type_code = 'SUB_CHAPTER'")).isEqualTo(CHAPTERS);
		assertThat(count("select count(*) from org_unit where type_code = 'COMMUNE_COMMITTEE' and parent_id = ?",
				result.rootId())).isEqualTo(result.communes()).isBetween(1L, (long) CHAPTERS);
		assertThat(count("""
				select count(*) from org_unit c join org_unit p on p.id = c.parent_id
				where c.type_code = 'SUB_CHAPTER' and p.type_code = 'COMMUNE_COMMITTEE'""")).isEqualTo(CHAPTERS);
		assertThat(count("select count(*) from member")).isEqualTo(MEMBERS);
		// Every unit has its first version and its search key.
		assertThat(count("""
				select count(*) from org_unit u where not exists (select 1 from org_unit_version v where v.unit_id = u.id)
				   or u.search_key <> vn_search_key(u.name)""")).isZero();
		assertThat(count("select count(*) from member where unit_id in (select id from org_unit where type_code <> 'SUB_CHAPTER')"))
			.isZero();
	}

	@Test
	void cardNumbersAndCitizenIdsAreUniqueAndWellFormed() {
		assertThat(count("select count(distinct party_card_no) from member where party_card_no ~ '^[1-9][0-9]{7}$'"))
			.isEqualTo(MEMBERS);
		assertThat(count("select count(distinct citizen_id) from member where citizen_id ~ '^[0-9]{12}$'"))
			.isEqualTo(MEMBERS);
		// The citizen ID carries the century and sex, and the year of birth.
		assertThat(count("""
				select count(*) from member where substr(citizen_id, 4, 1)::int
				    <> (case when birth_date >= date '2000-01-01' then 2 else 0 end) + (case when sex = 'F' then 1 else 0 end)
				   or substr(citizen_id, 5, 2) <> to_char(birth_date, 'YY')""")).isZero();
	}

	@Test
	void recordsAreConsistentWithTheirHistory() {
		assertThat(count("select count(*) from member where admitted_on < birth_date + interval '18 years'")).isZero();
		assertThat(count("select count(*) from member where birth_date not between date '1940-01-01' and date '2004-12-31'"))
			.isZero();
		assertThat(count("select count(*) from member where full_member_on < admitted_on + interval '12 months'")).isZero();
		assertThat(count("select count(*) from member where status = 'PROBATIONARY'")).isBetween(3L, 40L);
		assertThat(count("select count(*) from member where sex = 'M'")).isBetween(120L, 210L);
		// One membership from admission in the member's chapter, still open.
		assertThat(count("""
				select count(*) from member m join member_membership mm on mm.member_id = m.id
				where mm.unit_id = m.unit_id and mm.from_date = m.admitted_on and mm.to_date is null""")).isEqualTo(MEMBERS);
		// The open status period is the member's status since status_since; full members were probationary first.
		assertThat(count("""
				select count(*) from member m join member_status_period s on s.member_id = m.id and s.to_date is null
				where s.status = m.status and s.from_date = m.status_since""")).isEqualTo(MEMBERS);
		assertThat(count("""
				select count(*) from member m join member_status_period s on s.member_id = m.id
				where m.full_member_on is not null and s.status = 'PROBATIONARY'
				  and s.from_date = m.admitted_on and s.to_date = m.full_member_on - 1""")).isEqualTo(
						count("select count(*) from member where full_member_on is not null"));
		List<String[]> keys = jdbc.sql("select full_name, search_key, encode(sort_key, 'hex') from member")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		assertThat(keys).allSatisfy(k -> {
			assertThat(k[1]).isEqualTo(VietnameseText.searchKey(k[0]));
			assertThat(k[2]).isEqualTo(java.util.HexFormat.of().formatHex(new VietnameseName(k[0]).sortKey()));
		});
	}

	@Test
	void theSameSeedGivesTheSameNamesWhateverTheDay() {
		List<String> stored = jdbc.sql("select full_name from member order by id limit 20").query(String.class).list();
		long[] anyIds = new long[CHAPTERS];
		List<String> again = names(new SyntheticProvince(SEED, MEMBERS, CHAPTERS, LocalDate.of(2031, 5, 19)), anyIds);
		List<String> otherSeed = names(new SyntheticProvince(SEED + 1, MEMBERS, CHAPTERS, vn.xdd.Fixtures.today()), anyIds);
		assertThat(stored).hasSize(20).isEqualTo(again);
		assertThat(otherSeed).isNotEqualTo(stored);
		assertThat(stored).allSatisfy(name -> assertThat(name.split(" ")).hasSizeBetween(3, 4));
		// Family names are weighted: Nguyễn is the most common, as in the country.
		long nguyen = count("select count(*) from member where full_name like 'Nguyễn %'");
		long tran = count("select count(*) from member where full_name like 'Trần %'");
		assertThat(nguyen).isGreaterThan(tran).isBetween(60L, 160L);
	}

	@Test
	void thePagedListWalksEveryMemberOnceInListOrder() {
		List<Long> units = history.reachable(Set.of(new OrgUnitId(result.rootId())));
		MemberFilter all = new MemberFilter(units, null, Set.of(MemberStatus.values()), null, null, null, null, null,
				null);
		List<MemberRow> walked = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JdbcMembers.Page page = members.page(all, cursor, 7);
			walked.addAll(page.rows());
			cursor = page.next();
			pages++;
		}
		while (cursor != null && pages < 1000);
		assertThat(walked).hasSize(MEMBERS);
		assertThat(walked.stream().map(MemberRow::id).distinct()).hasSize(MEMBERS);
		assertThat(pages).isEqualTo((MEMBERS + 6) / 7);
		List<String> names = walked.stream().map(r -> r.record().fullName()).toList();
		assertThat(names).isSortedAccordingTo(VietnameseName.listOrder());
		assertThat(members.count(all)).isEqualTo(MEMBERS);
		// A search walks its matches the same way, diacritics ignored.
		MemberFilter nguyen = new MemberFilter(units, "NGUYEN", Set.of(MemberStatus.values()), null, null, null, null,
				null, null);
		List<MemberRow> found = new ArrayList<>();
		cursor = null;
		do {
			JdbcMembers.Page page = members.page(nguyen, cursor, 7);
			found.addAll(page.rows());
			cursor = page.next();
		}
		while (cursor != null && found.size() <= MEMBERS);
		List<String> expected = names.stream().filter(n -> VietnameseText.searchKey(n).contains("nguyen")).toList();
		assertThat(found.stream().map(r -> r.record().fullName()).toList()).isNotEmpty().isEqualTo(expected);
		assertThat(members.count(nguyen)).isEqualTo(expected.size());
		// A commune's list holds only its own chapters' members.
		long commune = jdbc.sql("select id from org_unit where type_code = 'COMMUNE_COMMITTEE' order by id limit 1")
			.query(Long.class)
			.single();
		MemberFilter ofCommune = new MemberFilter(history.reachable(Set.of(new OrgUnitId(commune))), null,
				Set.of(MemberStatus.values()), null, null, null, null, null, null);
		long inCommune = count("""
				select count(*) from member m join org_unit u on u.id = m.unit_id where u.parent_id = ?""", commune);
		assertThat(members.count(ofCommune)).isEqualTo(inCommune).isPositive().isLessThan(MEMBERS);
	}

	@Test
	void aDatabaseThatHoldsDataIsRefusedAndLeftAlone() {
		assertThatThrownBy(() -> generator.generate(10, 2, 1)).isInstanceOf(ProvinceGenerator.Refused.class)
			.hasMessageContaining("không trống")
			.hasMessageContaining("XDD_DATA_DIR");
		assertThat(count("select count(*) from member")).isEqualTo(MEMBERS);
	}

	@Test
	void theCommandRunsWithoutAWebServer() {
		StandardEnvironment command = new StandardEnvironment();
		command.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--generate-province", "--members=1000"));
		new GenerateProvinceEnvironment().postProcessEnvironment(command, new SpringApplication());
		assertThat(command.getProperty("spring.main.web-application-type")).isEqualTo("none");
		StandardEnvironment server = new StandardEnvironment();
		server.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--demo"));
		new GenerateProvinceEnvironment().postProcessEnvironment(server, new SpringApplication());
		assertThat(server.getProperty("spring.main.web-application-type")).isNull();
	}

	@Test
	void chaptersAndCardsStayUniqueAtProvinceScale() {
		// Without the database: the first 20,000 of 400,000 members never share a card or an ID.
		SyntheticProvince province = new SyntheticProvince(SEED, 400_000, 8_000, LocalDate.of(2026, 1, 1));
		long[] ids = IntStream.range(0, 8_000).asLongStream().toArray();
		Set<String> cards = new HashSet<>();
		Set<String> citizenIds = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			NewMember m = province.member(i, ids);
			assertThat(cards.add(m.partyCardNo())).isTrue();
			assertThat(citizenIds.add(m.citizenId())).isTrue();
		}
		assertThat(province.communes()).hasSizeBetween(20, 30);
		assertThat(province.communes().stream().mapToInt(c -> c.chapters().size()).sum()).isEqualTo(8_000);
	}

	private static List<String> names(SyntheticProvince province, long[] chapterIds) {
		return IntStream.range(0, 20).mapToObj(i -> province.member(i, chapterIds).fullName()).toList();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
