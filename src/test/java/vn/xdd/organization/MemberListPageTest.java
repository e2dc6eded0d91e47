package vn.xdd.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member list page (/members): official order by given name with Vietnamese letters, search
 * without diacritics or by card and citizen ID, key paging over the whole list, the filters, the
 * scope, the htmx fragment and the export link carrying the same filters.
 */
@XddIntegrationTest
class MemberListPageTest {

	@Autowired
	MockMvc mvc;

	/** The texts of every element carrying {@code data-testid}, in page order. */
	static List<String> all(String html, String testId) {
		Matcher m = Pattern.compile("data-testid=\"" + Pattern.quote(testId) + "\"[^>]*>([^<]*)<").matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1).replace("&#39;", "'").replace("&amp;", "&"));
		}
		return found;
	}

	static List<Long> memberIds(String html) {
		Matcher m = Pattern.compile("href=\"/members/(\\d+)\" data-testid=\"member-name\"").matcher(html);
		List<Long> ids = new ArrayList<>();
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	/** The address of the "next page" link, unescaped, or null. */
	static String nextPage(String html) {
		Matcher m = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*data-testid=\"next-page\"").matcher(html);
		if (!m.find()) {
			m = Pattern.compile("data-testid=\"next-page\"[^>]*href=\"([^\"]*)\"").matcher(html);
			if (!m.find()) {
				return null;
			}
		}
		return m.group(1).replace("&amp;", "&");
	}

	String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Fixtures.body(mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn());
	}

	@Test
	void theListIsInOfficialOrderGivenNameFirstWithVietnameseLetters() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Thứ tự " + Fixtures.unique("o"));
		long chapter = members.chapter(committee, "Chi bộ Thứ tự " + Fixtures.unique("c"));
		List<String> shuffled = List.of("Trần Đức", "Nguyễn Thị Ánh", "Vũ Thị Ăn", "Bùi Văn Bình", "Trần Anh",
				"Hoàng Văn Ân", "Nguyễn Văn Dũng", "Lê Văn Anh", "Lê Thị Dung", "Đỗ Thị Ơn", "Lý Thị Ôn", "Mai Văn On");
		for (String name : shuffled) {
			members.member(chapter, name);
		}
		List<String> expected = List.of("Lê Văn Anh", "Trần Anh", "Nguyễn Thị Ánh", "Vũ Thị Ăn", "Hoàng Văn Ân",
				"Bùi Văn Bình", "Lê Thị Dung", "Nguyễn Văn Dũng", "Trần Đức", "Mai Văn On", "Lý Thị Ôn", "Đỗ Thị Ơn");

		String html = page(get("/members").param("unit", Long.toString(committee)), new Fixtures(mvc).adminSession());
		assertThat(all(html, "member-name")).containsExactlyElementsOf(expected);
		assertThat(Fixtures.testId(html, "member-total")).startsWith("12 đảng viên");

		String json = Fixtures.body(mvc.perform(get("/api/v1/members").param("unit", Long.toString(chapter))
			.with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
		List<String> names = JsonPath.read(json, "$.items[*].fullName");
		assertThat(names).containsExactlyElementsOf(expected);
	}

	@Test
	void searchIgnoresDiacriticsAndCaseAndMatchesCardAndCitizenIdWhole() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Tìm kiếm " + Fixtures.unique("s"));
		long chapter = members.chapter(committee, "Chi bộ Tìm kiếm " + Fixtures.unique("c"));
		String card = MemberFixtures.uniqueDigits(8);
		String citizenId = MemberFixtures.uniqueDigits(12);
		members.member(chapter, "Nguyễn Văn Đức", f -> {
			f.put("partyCardNo", card);
			f.put("citizenId", citizenId);
		});
		members.member(chapter, "Nguyễn Văn Dực");
		members.member(chapter, "Trần Thị Hoa");
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		String unit = Long.toString(committee);

		for (String query : List.of("nguyen van duc", "NGUYỄN VĂN ĐỨC", "  Nguyen   Van  Duc ", "van duc")) {
			String html = page(get("/members").param("unit", unit).param("q", query), admin);
			assertThat(all(html, "member-name")).as(query).containsExactly("Nguyễn Văn Dực", "Nguyễn Văn Đức");
		}
		assertThat(all(page(get("/members").param("unit", unit).param("q", "hoa"), admin), "member-name"))
			.containsExactly("Trần Thị Hoa");
		assertThat(all(page(get("/members").param("unit", unit).param("q", card), admin), "member-name"))
			.containsExactly("Nguyễn Văn Đức");
		assertThat(all(page(get("/members").param("unit", unit).param("q", citizenId), admin), "member-name"))
			.containsExactly("Nguyễn Văn Đức");
		// A card number is matched whole, not as a part.
		assertThat(all(page(get("/members").param("unit", unit).param("q", card.substring(0, 7)), admin), "member-name"))
			.isEmpty();
	}

	@Test
	void keyPagingWalksTheWholeListWithoutDuplicatesOrGaps() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Phân trang " + Fixtures.unique("p"));
		long first = members.chapter(committee, "Chi bộ Một " + Fixtures.unique("c"));
		long second = members.chapter(committee, "Chi bộ Hai " + Fixtures.unique("c"));
		List<String> given = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga");
		int created = 0;
		for (int i = 0; i < given.size(); i++) {
			// Same names twice, in two chapters: ties are broken by the record's id, not lost.
			members.member(i % 2 == 0 ? first : second, "Nguyễn Văn " + given.get(i));
			members.member(i % 2 == 0 ? second : first, "Nguyễn Văn " + given.get(i));
			created += 2;
		}
		members.member(first, "Trần Thị An");
		created++;
		MockHttpSession admin = new Fixtures(mvc).adminSession();

		String all = page(get("/members").param("unit", Long.toString(committee)).param("size", "200"), admin);
		List<Long> whole = memberIds(all);
		assertThat(whole).hasSize(created);
		assertThat(nextPage(all)).isNull();

		List<Long> walked = new ArrayList<>();
		String address = "/members?unit=" + committee + "&size=4";
		int pages = 0;
		while (address != null) {
			String html = page(get(address), admin);
			List<Long> ids = memberIds(html);
			assertThat(ids).hasSizeLessThanOrEqualTo(4).isNotEmpty();
			assertThat(Fixtures.testId(html, "member-total")).startsWith(created + " đảng viên");
			walked.addAll(ids);
			address = nextPage(html);
			if (address != null) {
				assertThat(address).contains("cursor=").doesNotContain("offset").contains("size=4");
			}
			pages++;
		}
		assertThat(pages).isEqualTo((created + 3) / 4);
		assertThat(new HashSet<>(walked)).hasSize(walked.size());
		assertThat(walked).containsExactlyElementsOf(whole);
	}

	@Test
	void filtersNarrowTheListWithinTheUnitsSubtree() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Bộ lọc " + Fixtures.unique("f"));
		long first = members.chapter(committee, "Chi bộ Một " + Fixtures.unique("c"));
		long second = members.chapter(committee, "Chi bộ Hai " + Fixtures.unique("c"));
		LocalDate today = Fixtures.today();
		members.member(first, "Lê Thị Hạnh", f -> {
			f.put("sex", "FEMALE");
			f.put("birthDate", today.minusYears(25));
			f.put("admittedOn", today.minusYears(5));
			f.put("fullMemberOn", today.minusYears(4));
		});
		long secretary = members.member(first, "Phạm Văn Kiên", f -> f.put("politicalTheory", "ADVANCED"));
		members.postJson("/api/v1/members/" + secretary + "/positions",
				Map.of("unitId", first, "title", "Bí thư chi bộ", "kind", "PARTY", "from", "2021-01-01"), 201);
		long suspended = members.member(second, "Đặng Văn Long", f -> f.put("birthDate", today.minusYears(61)));
		members.postJson("/api/v1/members/" + suspended + "/status",
				Map.of("status", "SUSPENDED", "from", today.minusDays(10).toString()), 200);
		long removed = members.member(second, "Vũ Văn Mạnh");
		members.postJson("/api/v1/members/" + removed + "/status",
				Map.of("status", "REMOVED", "from", today.minusDays(10).toString()), 200);
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		String unit = Long.toString(committee);

		// Without a status filter: the members still in a chapter (the removed one is not).
		assertThat(all(page(get("/members").param("unit", unit), admin), "member-name"))
			.containsExactly("Lê Thị Hạnh", "Phạm Văn Kiên", "Đặng Văn Long");
		assertThat(all(page(get("/members").param("unit", unit).param("status", "REMOVED"), admin), "member-name"))
			.containsExactly("Vũ Văn Mạnh");
		assertThat(all(page(get("/members").param("unit", unit).param("status", "SUSPENDED"), admin), "member-name"))
			.containsExactly("Đặng Văn Long");
		assertThat(all(page(get("/members").param("unit", unit).param("sex", "FEMALE"), admin), "member-name"))
			.containsExactly("Lê Thị Hạnh");
		assertThat(all(page(get("/members").param("unit", unit).param("age", "UNDER_30"), admin), "member-name"))
			.containsExactly("Lê Thị Hạnh");
		assertThat(all(page(get("/members").param("unit", unit).param("age", "FROM_60"), admin), "member-name"))
			.containsExactly("Đặng Văn Long");
		assertThat(all(page(get("/members").param("unit", unit).param("age", "FROM_40_TO_49"), admin), "member-name"))
			.containsExactly("Phạm Văn Kiên");
		String byPosition = page(get("/members").param("unit", unit).param("position", "Bí thư chi bộ"), admin);
		assertThat(all(byPosition, "member-name")).containsExactly("Phạm Văn Kiên");
		assertThat(byPosition).contains("<td>Bí thư chi bộ</td>");
		assertThat(all(page(get("/members").param("unit", unit).param("theory", "ADVANCED"), admin), "member-name"))
			.containsExactly("Phạm Văn Kiên");
		// A chapter of the committee lists only its own members.
		assertThat(all(page(get("/members").param("unit", Long.toString(second)), admin), "member-name"))
			.containsExactly("Đặng Văn Long");
		// Filters combine.
		assertThat(all(page(get("/members").param("unit", unit).param("sex", "FEMALE").param("theory", "ADVANCED"),
				admin), "member-name")).isEmpty();
	}

	@Test
	void aUserOfOneUnitNeverSeesTheMembersOfAnother() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		Fixtures fixtures = new Fixtures(mvc);
		long unitA = members.committee("Đảng bộ A " + Fixtures.unique("a"));
		long unitB = members.committee("Đảng bộ B " + Fixtures.unique("b"));
		long chapterA = members.chapter(unitA, "Chi bộ A " + Fixtures.unique("c"));
		long chapterB = members.chapter(unitB, "Chi bộ B " + Fixtures.unique("c"));
		String cardB = MemberFixtures.uniqueDigits(8);
		members.member(chapterA, "Đinh Văn Ất");
		members.member(chapterB, "Đinh Văn Bính", f -> f.put("partyCardNo", cardB));
		String username = Fixtures.unique("secretary");
		fixtures.createUser(username, Role.SECRETARY, unitA);
		MockHttpSession secretary = fixtures.loginChangingPassword(username);

		String list = page(get("/members"), secretary);
		assertThat(all(list, "member-name")).containsExactly("Đinh Văn Ất");
		assertThat(page(get("/members").param("q", "dinh van"), secretary)).doesNotContain("Bính");
		assertThat(all(page(get("/members").param("q", cardB), secretary), "member-name")).isEmpty();
		mvc.perform(get("/members").param("unit", Long.toString(unitB)).session(secretary))
			.andExpect(status().isNotFound());

		var api = Fixtures.as(username, Fixtures.CHANGED_PASSWORD);
		String json = Fixtures.body(mvc.perform(get("/api/v1/members").with(api)).andExpect(status().isOk()).andReturn());
		List<String> names = JsonPath.read(json, "$.items[*].fullName");
		assertThat(names).containsExactly("Đinh Văn Ất");
		mvc.perform(get("/api/v1/members").param("unit", Long.toString(unitB)).with(api)).andExpect(status().isNotFound());

		// Positive control: the root administrator lists both.
		String everything = Fixtures.body(mvc.perform(get("/api/v1/members").param("q", "dinh van")
			.param("size", "200")
			.with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
		List<String> allNames = JsonPath.read(everything, "$.items[*].fullName");
		assertThat(allNames).contains("Đinh Văn Ất", "Đinh Văn Bính");
	}

	@Test
	void htmxGetsOnlyTheResultsAndTheExportLinkCarriesTheFilters() throws Exception {
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ htmx " + Fixtures.unique("h"));
		long chapter = members.chapter(committee, "Chi bộ htmx " + Fixtures.unique("c"));
		members.member(chapter, "Cao Thị Yến", f -> f.put("sex", "FEMALE"));
		members.member(chapter, "Cao Văn Yên");
		MockHttpSession admin = new Fixtures(mvc).adminSession();

		String full = page(get("/members").param("unit", Long.toString(committee)).param("sex", "FEMALE"), admin);
		assertThat(full).contains("<html").contains("id=\"member-results\"").contains("hx-get=\"/members\"")
			.contains("hx-push-url=\"true\"");
		String fragment = page(get("/members").param("unit", Long.toString(committee))
			.param("sex", "FEMALE")
			.header("HX-Request", "true"), admin);
		assertThat(fragment).doesNotContain("<html").doesNotContain("<nav").startsWith("<div id=\"member-results\"");
		assertThat(all(fragment, "member-name")).containsExactly("Cao Thị Yến");
		assertThat(fragment).contains("href=\"/members/export?unit=" + committee + "&amp;sex=FEMALE\"");
		// A history restore asks for the whole page.
		assertThat(page(get("/members").param("unit", Long.toString(committee))
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"), admin)).contains("<html");
	}

	@Test
	void theMenuShowsTheListToReadersOnly() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MemberFixtures members = new MemberFixtures(mvc);
		long committee = members.committee("Đảng bộ Menu " + Fixtures.unique("m"));
		String reader = Fixtures.unique("office");
		fixtures.createUser(reader, Role.OFFICE, committee);
		String member = Fixtures.unique("member");
		fixtures.createUser(member, Role.MEMBER, committee);

		MockHttpSession office = fixtures.loginChangingPassword(reader);
		assertThat(page(get("/"), office)).contains("data-testid=\"nav-members\"");
		assertThat(page(get("/members"), office)).doesNotContain("data-testid=\"add-member\"");
		MockHttpSession plain = fixtures.loginChangingPassword(member);
		assertThat(page(get("/"), plain)).doesNotContain("data-testid=\"nav-members\"");
		mvc.perform(get("/members").session(plain)).andExpect(status().isForbidden());
		assertThat(page(get("/members"), fixtures.adminSession())).contains("data-testid=\"add-member\"");
	}
}
