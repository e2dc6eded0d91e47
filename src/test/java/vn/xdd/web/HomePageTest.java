package vn.xdd.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page shows real figures of the unit the user works in (units and users of its
 * subtree), and a user with grants on several units switches between them in the header.
 */
@XddIntegrationTest
class HomePageTest {

	@Autowired
	MockMvc mvc;

	String home(MockHttpSession session) throws Exception {
		return mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static long figure(String html, String id) {
		String text = Fixtures.testId(html, id);
		assertThat(text).as(id).isNotNull();
		return Long.parseLong(text.strip());
	}

	/** The unit selected in the header's unit switch. */
	static long selectedUnit(String html) {
		Matcher m = Pattern.compile("<option value=\"(\\d+)\" selected=\"selected\">").matcher(html);
		assertThat(m.find()).as("a selected unit in the header").isTrue();
		long selected = Long.parseLong(m.group(1));
		assertThat(m.find()).as("a second selected unit").isFalse();
		return selected;
	}

	@Test
	void figuresCountTheActiveUnitsSubtreeAndFollowTheUnitSwitch() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		String tag = Fixtures.unique("h");
		String nameH = "Đảng bộ H " + tag;
		String nameK = "Đảng bộ K " + tag;
		long h = fixtures.createUnit(Fixtures.ROOT, nameH);
		long k = fixtures.createUnit(Fixtures.ROOT, nameK);
		CreatedUser user = fixtures.createUser(Fixtures.unique("hai"), Role.LEADERSHIP, h);
		fixtures.grant(user.id(), Role.INSPECTION, k);
		MockHttpSession session = fixtures.loginChangingPassword(user.username());

		String page = home(session);
		assertThat(page).contains("Số liệu của " + nameH + " và các đơn vị trực thuộc.");
		assertThat(selectedUnit(page)).isEqualTo(h);
		assertThat(page).contains(">" + nameK + "</option>");
		assertThat(figure(page, "unit-count")).isEqualTo(1);
		assertThat(figure(page, "user-count")).isEqualTo(1);
		assertThat(page).contains("Chưa có đơn vị trực thuộc.");

		String child1 = "Chi bộ H1 " + tag;
		long h1 = fixtures.createUnit(h, child1);
		fixtures.createUnit(h, "Chi bộ H2 " + tag);
		long h11 = fixtures.createUnit(h1, "Tổ đảng H11 " + tag);
		fixtures.createUser(Fixtures.unique("h11"), Role.MEMBER, h11);
		fixtures.createUser(Fixtures.unique("kk"), Role.MEMBER, k);
		fixtures.createUser(Fixtures.unique("kk"), Role.SECRETARY, k);

		page = home(session);
		assertThat(figure(page, "unit-count")).isEqualTo(4);
		assertThat(figure(page, "user-count")).isEqualTo(2);
		assertThat(page).contains(child1).contains("Chi bộ H2 " + tag).doesNotContain("Tổ đảng H11 " + tag);

		mvc.perform(post("/scope").param("unitId", Long.toString(k)).session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		page = home(session);
		assertThat(page).contains("Số liệu của " + nameK + " và các đơn vị trực thuộc.");
		assertThat(selectedUnit(page)).isEqualTo(k);
		assertThat(figure(page, "unit-count")).isEqualTo(1);
		assertThat(figure(page, "user-count")).isEqualTo(3);

		// Only the units of one's grants can be chosen: not a unit below one, not the root.
		for (long other : new long[] { h1, Fixtures.ROOT, 987_654_321L }) {
			mvc.perform(post("/scope").param("unitId", Long.toString(other)).session(session).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(selectedUnit(home(session))).isEqualTo(k);

		mvc.perform(post("/scope").param("unitId", Long.toString(h)).session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(figure(home(session), "unit-count")).isEqualTo(4);
	}

	@Test
	void theRemediationFiguresShowWhatIsNotYetVerifiedAndOverdue() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		long district = fixtures.createUnit(Fixtures.ROOT, Fixtures.unique("Huyện ủy R"), "DISTRICT_COMMITTEE",
				Fixtures.admin());
		long chapter = fixtures.createUnit(district, Fixtures.unique("Chi bộ R"), "GRASSROOTS_CHAPTER", Fixtures.admin());
		String leader = Fixtures.unique("thuongtruc");
		fixtures.activeUser(leader, Role.LEADERSHIP, district);
		for (String deadline : new String[] { "2020-01-31", "2099-12-31" }) {
			mvc.perform(post("/api/v1/shortcomings").with(Fixtures.as(leader, Fixtures.CHANGED_PASSWORD))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"sourceKind\":\"INSPECTION\",\"holderKind\":\"UNIT\",\"holderUnitId\":" + chapter
						+ ",\"text\":\"Chưa kiện toàn chi ủy\",\"deadline\":\"" + deadline + "\"}"))
				.andExpect(status().isCreated());
		}
		String page = home(fixtures.login(leader, Fixtures.CHANGED_PASSWORD));
		assertThat(figure(page, "home-unresolved")).isEqualTo(2);
		assertThat(figure(page, "home-overdue")).isEqualTo(1);
		assertThat(page).contains("/shortcomings?unit=" + district + "&amp;overdue=true");
		// A plain member does not see the register's figures.
		String member = Fixtures.unique("dangvien");
		fixtures.activeUser(member, Role.MEMBER, chapter);
		assertThat(home(fixtures.login(member, Fixtures.CHANGED_PASSWORD))).doesNotContain("home-unresolved");
	}

	@Test
	void theAdministratorsFiguresGrowWithTheTree() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MockHttpSession admin = fixtures.adminSession();
		String before = home(admin);
		long units = figure(before, "unit-count");
		long users = figure(before, "user-count");
		assertThat(Fixtures.testId(before, "active-unit")).isEqualTo("Tỉnh ủy");

		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ mới " + Fixtures.unique("n"));
		fixtures.createUnit(unit, "Chi bộ mới " + Fixtures.unique("n"));
		fixtures.createUser(Fixtures.unique("moi"), Role.MEMBER, unit);

		String after = home(admin);
		assertThat(figure(after, "unit-count")).isEqualTo(units + 2);
		assertThat(figure(after, "user-count")).isEqualTo(users + 1);
	}

	@Test
	void aUserWithoutGrantsIsToldSo() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		CreatedUser user = fixtures.createUser(Fixtures.unique("trong"), Role.MEMBER, Fixtures.ROOT);
		MockHttpSession session = fixtures.loginChangingPassword(user.username());
		mvc.perform(post("/admin/users/" + user.id() + "/grants/" + user.firstGrantId() + "/revoke")
			.session(fixtures.adminSession())
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.id()));
		String page = home(session);
		assertThat(page).contains("Tài khoản của bạn chưa được phân quyền trên đơn vị nào.");
		assertThat(Fixtures.testId(page, "unit-count")).isNull();
	}
}
