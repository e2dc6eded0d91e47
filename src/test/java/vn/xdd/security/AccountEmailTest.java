package vn.xdd.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The e-mail address notices are sent to: set by the user on the account page, by an administrator
 * on the user's page or through the users API; a malformed one is refused, every change is audited.
 */
@XddIntegrationTest
class AccountEmailTest {

	static final String FORMAT_ERROR = "Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@vidu.vn).";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String emailOf(long userId) {
		return jdbc.sql("select coalesce(email, '') from app_user where id = ?").param(userId).query(String.class).single();
	}

	String lastEmailAudit(long userId) {
		return jdbc.sql("""
				select concat_ws('|', actor, action, before_summary, after_summary) from audit_event
				where record_type = 'USER' and record_id = ? and after_summary like 'email=%'
				order by id desc limit 1""").param(Long.toString(userId)).query(String.class).optional().orElse("");
	}

	@Test
	void aUserSetsChecksAndClearsTheirOwnAddressOnTheAccountPage() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		String username = Fixtures.unique("mail");
		CreatedUser user = fixtures.activeUser(username, Role.MEMBER, Fixtures.ROOT);
		MockHttpSession session = fixtures.login(username, Fixtures.CHANGED_PASSWORD);

		String page = mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Thông tin tài khoản").contains(username).contains("Địa chỉ thư điện tử");

		mvc.perform(post("/account/email").session(session).with(csrf()).param("email", " Nguyen.Van.A@HuuLung.Vn "))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "account.emailSaved"));
		assertThat(emailOf(user.id())).isEqualTo("nguyen.van.a@huulung.vn");
		assertThat(lastEmailAudit(user.id())).isEqualTo(username + "|UPDATE|email=|email=nguyen.van.a@huulung.vn ("
				+ username + ")");
		String shown = mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("value=\"nguyen.van.a@huulung.vn\"");

		for (String bad : new String[] { "khong-hop-le", "a@b", "hai @cach.vn", "a@@b.vn" }) {
			String refused = mvc.perform(post("/account/email").session(session).with(csrf()).param("email", bad))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused).as(bad).contains(FORMAT_ERROR);
			assertThat(emailOf(user.id())).isEqualTo("nguyen.van.a@huulung.vn");
		}

		mvc.perform(post("/account/email").session(session).with(csrf()).param("email", ""))
			.andExpect(redirectedUrl("/account"));
		assertThat(emailOf(user.id())).isEmpty();
		assertThat(lastEmailAudit(user.id())).endsWith("|email=nguyen.van.a@huulung.vn|email= (" + username + ")");
	}

	@Test
	void anAdministratorSetsAUsersAddressOnTheUsersPage() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		CreatedUser user = fixtures.createUser(Fixtures.unique("mailadm"), Role.MEMBER, Fixtures.ROOT);
		MockHttpSession admin = fixtures.adminSession();

		mvc.perform(post("/admin/users/" + user.id() + "/email").session(admin).with(csrf())
			.param("email", "van.phong@tinhuy.vn"))
			.andExpect(redirectedUrl("/admin/users/" + user.id()))
			.andExpect(flash().attribute("notice", "user.emailSaved"));
		assertThat(emailOf(user.id())).isEqualTo("van.phong@tinhuy.vn");
		assertThat(lastEmailAudit(user.id())).isEqualTo("admin|UPDATE|email=|email=van.phong@tinhuy.vn");
		String page = mvc.perform(get("/admin/users/" + user.id()).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"van.phong@tinhuy.vn\"");

		mvc.perform(post("/admin/users/" + user.id() + "/email").session(admin).with(csrf())
			.param("email", "van.phong@"))
			.andExpect(redirectedUrl("/admin/users/" + user.id()))
			.andExpect(flash().attribute("problem", "user.error.emailFormat"));
		assertThat(emailOf(user.id())).isEqualTo("van.phong@tinhuy.vn");
	}

	@Test
	void theUsersApiCreatesReadsAndChangesTheAddress() throws Exception {
		String username = Fixtures.unique("mailapi");
		String created = Fixtures.body(mvc.perform(post("/api/v1/users").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"fullName\":\"Hoàng Thị Thư\",\"password\":\"Khoitao2025\","
					+ "\"role\":\"MEMBER\",\"unitId\":1,\"email\":\"Thu.HT@TinhUy.vn\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("thu.ht@tinhuy.vn"))
			.andReturn());
		long id = Fixtures.number(created, "$.id");
		mvc.perform(get("/api/v1/users/" + id).with(Fixtures.admin()))
			.andExpect(jsonPath("$.email").value("thu.ht@tinhuy.vn"));

		mvc.perform(post("/api/v1/users").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + Fixtures.unique("mailbad") + "\",\"fullName\":\"Sai Thư\","
					+ "\"password\":\"Khoitao2025\",\"role\":\"MEMBER\",\"unitId\":1,\"email\":\"sai thu@vn\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(FORMAT_ERROR));

		mvc.perform(put("/api/v1/users/" + id + "/email").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"hoang.thu@tinhuy.vn\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("hoang.thu@tinhuy.vn"));
		assertThat(lastEmailAudit(id)).isEqualTo("admin|UPDATE|email=thu.ht@tinhuy.vn|email=hoang.thu@tinhuy.vn");

		// Without an address, the field is there and null.
		String other = Fixtures.body(mvc.perform(post("/api/v1/users").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + Fixtures.unique("nomail") + "\",\"fullName\":\"Không Thư\","
					+ "\"password\":\"Khoitao2025\",\"role\":\"MEMBER\",\"unitId\":1}"))
			.andExpect(status().isCreated())
			.andReturn());
		assertThat(other).contains("\"email\":null");
	}
}
