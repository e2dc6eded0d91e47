package vn.xdd.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user created by an administrator with a temporary password replaces it through the API, with
 * the rules and the audit line of the account page, and only then may use the rest of the API.
 */
@XddIntegrationTest
class ApiOwnPasswordTest {

	static final String NEW_PASSWORD = "Doiquaapi2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder change(String username, String basicPassword, String current, String next) {
		return post("/api/v1/me/password").with(httpBasic(username, basicPassword))
			.with(Fixtures.from(Fixtures.newAddress()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
	}

	MockHttpServletRequestBuilder me(String username, String password) {
		return get("/api/v1/me").with(httpBasic(username, password)).with(Fixtures.from(Fixtures.newAddress()));
	}

	boolean mustChange(long userId) {
		return jdbc.sql("select must_change_password from app_user where id = ?").param(userId).query(Boolean.class)
			.single();
	}

	long auditLines(long userId) {
		return jdbc.sql("select count(*) from audit_event where action = 'CHANGE_PASSWORD' and record_type = 'USER' "
				+ "and record_id = ?").param(Long.toString(userId)).query(Long.class).single();
	}

	@Test
	void aTemporaryPasswordIsReplacedByApiAndThenTheApiOpens() throws Exception {
		String username = Fixtures.unique("tichhop");
		CreatedUser user = new Fixtures(mvc).createUser(username, Role.ORGANIZATION_BOARD, Fixtures.ROOT);

		// Before the change every other call is refused, and the refusal says where to go.
		mvc.perform(me(username, Fixtures.INITIAL_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("POST /api/v1/me/password")));
		mvc.perform(put("/api/v1/me/email").with(httpBasic(username, Fixtures.INITIAL_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"a@example.vn\"}")).andExpect(status().isForbidden());

		// The rules of the account page: a password too weak is refused, nothing changes.
		mvc.perform(change(username, Fixtures.INITIAL_PASSWORD, Fixtures.INITIAL_PASSWORD, "ngan1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Mật khẩu phải có ít nhất 8 ký tự."));
		// A field left out is named.
		mvc.perform(post("/api/v1/me/password").with(httpBasic(username, Fixtures.INITIAL_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + Fixtures.INITIAL_PASSWORD + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		assertThat(mustChange(user.id())).isTrue();

		mvc.perform(change(username, Fixtures.INITIAL_PASSWORD, Fixtures.INITIAL_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isNoContent());

		assertThat(mustChange(user.id())).isFalse();
		assertThat(auditLines(user.id())).isEqualTo(1);
		mvc.perform(me(username, NEW_PASSWORD)).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
		mvc.perform(me(username, Fixtures.INITIAL_PASSWORD)).andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongCurrentPasswordChangesNothing() throws Exception {
		String username = Fixtures.unique("tichhop");
		CreatedUser user = new Fixtures(mvc).activeUser(username, Role.MEMBER, Fixtures.ROOT);
		long before = auditLines(user.id());

		mvc.perform(change(username, Fixtures.CHANGED_PASSWORD, "Saimatkhau2025", NEW_PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("Mật khẩu hiện tại không đúng."));

		assertThat(auditLines(user.id())).isEqualTo(before);
		mvc.perform(me(username, NEW_PASSWORD)).andExpect(status().isUnauthorized());
		mvc.perform(me(username, Fixtures.CHANGED_PASSWORD)).andExpect(status().isOk());
	}

	@Test
	void theOwnEmailIsSetByApi() throws Exception {
		String username = Fixtures.unique("tichhop");
		CreatedUser user = new Fixtures(mvc).activeUser(username, Role.MEMBER, Fixtures.ROOT);
		mvc.perform(put("/api/v1/me/email").with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + username + "@example.vn\"}")).andExpect(status().isOk());
		assertThat(jdbc.sql("select email from app_user where id = ?").param(user.id()).query(String.class).single())
			.isEqualTo(username + "@example.vn");
		mvc.perform(put("/api/v1/me/email").with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"khong-phai-dia-chi\"}")).andExpect(status().isBadRequest());
	}
}
