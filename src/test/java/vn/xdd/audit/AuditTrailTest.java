package vn.xdd.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail: each change to an account leaves exactly one line (who, what, which record,
 * before and after); login attempts are recorded, failed ones too; the database refuses to change
 * or remove a line; the trail page filters and is for the installation's administrator only.
 */
@XddIntegrationTest
class AuditTrailTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures() {
		return new Fixtures(mvc);
	}

	record Line(long id, String actor, String action, String recordType, String recordId, String before, String after,
			String detail, String remoteAddress) {
	}

	List<Line> lines(String action, String recordType, String recordId) {
		return jdbc.sql("select * from audit_event where action = ? and record_type = ? and record_id = ? order by id")
			.params(action, recordType, recordId)
			.query((rs, i) -> new Line(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("before_summary"),
					rs.getString("after_summary"), rs.getString("detail"), rs.getString("remote_address")))
			.list();
	}

	List<Line> loginLines(String actor) {
		return jdbc.sql("select * from audit_event where actor = ? and action like 'LOGIN%' order by id")
			.param(actor)
			.query((rs, i) -> new Line(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("before_summary"),
					rs.getString("after_summary"), rs.getString("detail"), rs.getString("remote_address")))
			.list();
	}

	Line single(String action, String recordType, long recordId) {
		List<Line> found = lines(action, recordType, Long.toString(recordId));
		assertThat(found).as("%s %s %d", action, recordType, recordId).hasSize(1);
		return found.get(0);
	}

	@Test
	void everyChangeToAnAccountLeavesOneLine() throws Exception {
		long unit = fixtures().createUnit(Fixtures.ROOT, "Đảng bộ kiểm toán " + Fixtures.unique("a"));
		String username = Fixtures.unique("ghi");
		CreatedUser user = fixtures().createUser(username, Role.MEMBER, unit);

		Line created = single("CREATE", "USER", user.id());
		assertThat(created.actor()).isEqualTo("admin");
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains(username).contains("Người dùng " + username).contains("MEMBER");

		long grant = fixtures().grant(user.id(), Role.LEADERSHIP, unit);
		Line granted = single("GRANT", "USER", user.id());
		assertThat(granted.actor()).isEqualTo("admin");
		assertThat(granted.after()).contains(username).contains("LEADERSHIP").contains("(" + unit + ")");

		MockHttpSession admin = fixtures().adminSession();
		mvc.perform(post("/admin/users/" + user.id() + "/grants/" + grant + "/revoke").session(admin).with(csrf()))
			.andExpect(flash().attribute("notice", "grant.revoked"));
		Line revoked = single("REVOKE", "USER", user.id());
		assertThat(revoked.actor()).isEqualTo("admin");
		assertThat(revoked.before()).contains("LEADERSHIP").contains("(" + unit + ")");
		assertThat(revoked.after()).isNull();

		mvc.perform(post("/admin/users/" + user.id() + "/password").param("password", "Capmoi2025x")
			.session(admin)
			.with(csrf())).andExpect(flash().attribute("notice", "user.passwordReset"));
		Line reset = single("RESET_PASSWORD", "USER", user.id());
		assertThat(reset.actor()).isEqualTo("admin");
		assertThat(reset.after()).isEqualTo(username);
		assertThat(reset.after()).doesNotContain("Capmoi2025x");

		mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false").session(admin).with(csrf()))
			.andExpect(flash().attribute("notice", "user.disabledNotice"));
		Line disabled = single("UPDATE", "USER", user.id());
		assertThat(disabled.actor()).isEqualTo("admin");
		assertThat(disabled.before()).isEqualTo("enabled=true");
		assertThat(disabled.after()).isEqualTo("enabled=false");

		// No secret ever reaches the trail.
		assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and (coalesce(before_summary, '') "
				+ "|| coalesce(after_summary, '') || coalesce(detail, '')) like '%Khoitao2025%'")
			.param(Long.toString(user.id()))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRefusedChangeLeavesNoLine() throws Exception {
		CreatedUser user = fixtures().createUser(Fixtures.unique("ghi"), Role.MEMBER, Fixtures.ROOT);
		mvc.perform(post("/api/v1/users/" + user.id() + "/grants").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"MEMBER\",\"unitId\":987654321}")).andExpect(status().isBadRequest());
		assertThat(lines("GRANT", "USER", Long.toString(user.id()))).isEmpty();
	}

	@Test
	void loginsAreRecordedFailedOnesToo() throws Exception {
		CreatedUser user = fixtures().createUser(Fixtures.unique("dn"), Role.MEMBER, Fixtures.ROOT);
		String wrongFrom = Fixtures.newAddress();
		mvc.perform(post("/login").param("username", user.username())
			.param("password", "Saimatkhau1")
			.with(csrf())
			.with(Fixtures.from(wrongFrom))).andExpect(redirectedUrl("/login?error=bad"));
		fixtures().login(user.username(), Fixtures.INITIAL_PASSWORD);

		List<Line> logins = loginLines(user.username());
		assertThat(logins).extracting(Line::action).containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS");
		assertThat(logins.get(0).detail()).isEqualTo("BAD_PASSWORD");
		assertThat(logins.get(0).remoteAddress()).isEqualTo(wrongFrom);
		assertThat(logins.get(0).recordType()).isEqualTo("USER");

		String ghost = Fixtures.unique("khongco");
		mvc.perform(post("/login").param("username", ghost)
			.param("password", "Saimatkhau1")
			.with(csrf())
			.with(Fixtures.from(Fixtures.newAddress()))).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(loginLines(ghost)).extracting(Line::action, Line::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILURE", "UNKNOWN_USER"));

		// A failed API request is recorded as well.
		mvc.perform(get("/api/v1/me").with(Fixtures.as(user.username(), "Saimatkhau2"))
			.with(Fixtures.from(Fixtures.newAddress()))).andExpect(status().isUnauthorized());
		assertThat(loginLines(user.username())).extracting(Line::action)
			.containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS", "LOGIN_FAILURE");
	}

	@Test
	void theTrailIsAppendOnly() throws Exception {
		fixtures().createUser(Fixtures.unique("ghi"), Role.MEMBER, Fixtures.ROOT);
		Map<String, Object> last = jdbc.sql("select id, action from audit_event order by id desc limit 1")
			.query()
			.singleRow();
		Object id = last.get("id");
		assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'FORGED' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_event is append-only");
		assertThat(jdbc.sql("select action from audit_event where id = ?").param(id).query(String.class).single())
			.isEqualTo(last.get("action"));
	}

	/** The rows of the trail table: time, actor, action, record, before, after, detail, address. */
	static List<List<String>> rows(String html) {
		Matcher body = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
		assertThat(body.find()).as("the trail table").isTrue();
		List<List<String>> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body.group(1));
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1)
					.replaceAll("<[^>]+>", "")
					.replace("&quot;", "\"")
					.replace("&#39;", "'")
					.replace("&lt;", "<")
					.replace("&gt;", ">")
					.replace("&amp;", "&")
					.strip());
			}
			rows.add(cells);
		}
		return rows;
	}

	String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theTrailPageFiltersByUserDateAndRecordType() throws Exception {
		long unit = fixtures().createUnit(Fixtures.ROOT, "Đảng bộ nhật ký " + Fixtures.unique("a"));
		String actor = Fixtures.unique("btc");
		fixtures().activeUser(actor, Role.ORGANIZATION_BOARD, unit);
		long child = fixtures().createUnit(unit, "Chi bộ nhật ký " + Fixtures.unique("c"),
				Fixtures.as(actor, Fixtures.CHANGED_PASSWORD));
		MockHttpSession admin = fixtures().adminSession();
		String today = LocalDate.now(VIETNAM).toString();

		List<List<String>> byActor = rows(page(admin, get("/admin/audit").param("actor", actor)));
		assertThat(byActor).isNotEmpty().allSatisfy(r -> assertThat(r.get(1)).isEqualTo(actor));
		assertThat(byActor).extracting(r -> r.get(2)).contains("Đăng nhập", "Đổi mật khẩu", "Tạo mới");
		// The administrator's line creating this account names it, but is not the account's own doing.
		assertThat(lines("CREATE", "USER", jdbc.sql("select id from app_user where username = ?")
			.param(actor)
			.query(Long.class)
			.single()
			.toString())).extracting(Line::actor).containsExactly("admin");

		List<List<String>> units = rows(page(admin, get("/admin/audit").param("actor", actor).param("recordType", "ORG_UNIT")));
		assertThat(units).hasSize(1);
		assertThat(units.get(0).get(2)).isEqualTo("Tạo mới");
		assertThat(units.get(0).get(3)).isEqualTo("Đơn vị " + child);

		List<List<String>> users = rows(page(admin, get("/admin/audit").param("actor", actor).param("recordType", "USER")));
		assertThat(users).isNotEmpty().allSatisfy(r -> assertThat(r.get(3)).startsWith("Người dùng"));
		assertThat(users).extracting(r -> r.get(2)).contains("Đổi mật khẩu").doesNotContain("Tạo mới");

		List<List<String>> changes = rows(page(admin,
				get("/admin/audit").param("actor", actor).param("action", "CHANGE_PASSWORD")));
		assertThat(changes).hasSize(1);

		List<List<String>> todays = rows(page(admin,
				get("/admin/audit").param("actor", actor).param("from", today).param("to", today)));
		assertThat(todays).isEqualTo(byActor);
		String tomorrow = LocalDate.now(VIETNAM).plusDays(1).toString();
		String yesterday = LocalDate.now(VIETNAM).minusDays(1).toString();
		String later = page(admin, get("/admin/audit").param("actor", actor).param("from", tomorrow));
		assertThat(rows(later)).isEmpty();
		assertThat(later).contains("Không có dòng nhật ký nào khớp bộ lọc.");
		assertThat(rows(page(admin, get("/admin/audit").param("actor", actor).param("to", yesterday)))).isEmpty();
		assertThat(rows(page(admin, get("/admin/audit").param("actor", actor).param("from", yesterday).param("to", today))))
			.isEqualTo(byActor);
	}

	@Test
	void aDescribedLineReadsInTheLanguageOfItsReader() throws Exception {
		String actor = Fixtures.unique("lang");
		jdbc.sql("""
				insert into audit_event (actor, action, record_type, message_key, message_args)
				values (?, 'IMPORT', 'MEMBER', 'audit.text.membersImported', '{3,1}')""").param(actor).update();
		MockHttpSession admin = fixtures().adminSession();
		List<List<String>> vi = rows(page(admin, get("/admin/audit").param("actor", actor)));
		assertThat(vi).hasSize(1);
		assertThat(vi.get(0).get(5)).isEqualTo("thêm 3, cập nhật 1");
		mvc.perform(get("/admin/audit").session(admin).param("lang", "en")).andExpect(status().isOk());
		List<List<String>> en = rows(page(admin, get("/admin/audit").param("actor", actor)));
		assertThat(en.get(0).get(5)).isEqualTo("3 added, 1 updated");
		mvc.perform(get("/admin/audit").session(admin).param("lang", "vi")).andExpect(status().isOk());
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		String actor = Fixtures.unique("htmx");
		fixtures().activeUser(actor, Role.MEMBER, Fixtures.ROOT);
		MockHttpSession admin = fixtures().adminSession();
		String full = page(admin, get("/admin/audit").param("actor", actor));
		String fragment = page(admin, get("/admin/audit").param("actor", actor).header("HX-Request", "true"));
		assertThat(full).contains("<html").contains("<form class=\"filters card\"").contains("id=\"audit-results\"");
		assertThat(fragment.strip()).startsWith("<div id=\"audit-results\"");
		assertThat(fragment).doesNotContain("<html").doesNotContain("<form").doesNotContain("<header");
		assertThat(rows(fragment)).isNotEmpty().isEqualTo(rows(full));
	}

	@Test
	void onlyAnAdministratorOfTheRootUnitSeesTheTrail() throws Exception {
		long unit = fixtures().createUnit(Fixtures.ROOT, "Đảng bộ không xem nhật ký " + Fixtures.unique("a"));
		String unitAdmin = Fixtures.unique("qtdv");
		fixtures().createUser(unitAdmin, Role.ADMIN, unit);
		MockHttpSession session = fixtures().loginChangingPassword(unitAdmin);
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").session(session).header("HX-Request", "true")).andExpect(status().isForbidden());

		String member = Fixtures.unique("dv");
		fixtures().createUser(member, Role.MEMBER, Fixtures.ROOT);
		mvc.perform(get("/admin/audit").session(fixtures().loginChangingPassword(member)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/admin/audit").session(fixtures().adminSession())).andExpect(status().isOk());
	}
}
