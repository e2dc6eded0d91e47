package vn.xdd.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' security: the Vietnamese login form and its messages, disabled accounts, login
 * throttling, CSRF, session fixation and expiry, htmx requests without a session, the security
 * headers, logout and the change of one's own password.
 */
@XddIntegrationTest
class WebSecurityTest {

	static final String BAD = "Tên đăng nhập hoặc mật khẩu không đúng.";

	static final String DISABLED = "Tài khoản này đã bị khóa. Hãy liên hệ quản trị hệ thống.";

	static final String THROTTLED = "Đăng nhập sai quá nhiều lần. Vui lòng chờ ít phút rồi thử lại.";

	@Autowired
	MockMvc mvc;

	@Autowired
	SecurityProperties securityProperties;

	Fixtures fixtures() {
		return new Fixtures(mvc);
	}

	/** Posts the login form from {@code address}; returns where the browser is sent. */
	String attempt(String username, String password, String address) throws Exception {
		return attemptIn(new MockHttpSession(), username, password, address);
	}

	String attemptIn(MockHttpSession session, String username, String password, String address) throws Exception {
		return mvc
			.perform(post("/login").session(session)
				.param("username", username)
				.param("password", password)
				.with(csrf())
				.with(Fixtures.from(address)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String loginError(String reason) throws Exception {
		return Fixtures.testId(html(get("/login").param("error", reason)), "login-error");
	}

	@Test
	void theLoginPageIsInVietnamese() throws Exception {
		String page = html(get("/login"));
		assertThat(page).contains("<html lang=\"vi\"")
			.contains("<title>Đăng nhập · XDĐ</title>")
			.contains("Hệ thống quản lý công tác xây dựng Đảng")
			.contains(">Tên đăng nhập</label>")
			.contains(">Mật khẩu</label>")
			.contains("Quên mật khẩu? Hãy liên hệ quản trị hệ thống của đơn vị để được cấp lại.")
			.contains("name=\"_csrf\"")
			.doesNotContain("data-testid=\"login-error\"");
	}

	@Test
	void aWrongPasswordGetsTheGenericMessage() throws Exception {
		CreatedUser user = fixtures().createUser(Fixtures.unique("sai"), Role.MEMBER, Fixtures.ROOT);
		MockHttpSession session = new MockHttpSession();
		assertThat(attemptIn(session, user.username(), "Saimatkhau1", Fixtures.newAddress())).isEqualTo("/login?error=bad");
		assertThat(loginError("bad")).isEqualTo(BAD);
		// Not signed in.
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		// Control: the right password signs in.
		assertThat(attempt(user.username(), Fixtures.INITIAL_PASSWORD, Fixtures.newAddress())).isEqualTo("/");
	}

	@Test
	void aDisabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
		CreatedUser user = fixtures().activeUser(Fixtures.unique("khoa"), Role.MEMBER, Fixtures.ROOT);
		mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false")
			.session(fixtures().adminSession())
			.with(csrf())).andExpect(flash().attribute("notice", "user.disabledNotice"));

		MockHttpSession session = new MockHttpSession();
		assertThat(attemptIn(session, user.username(), Fixtures.CHANGED_PASSWORD, Fixtures.newAddress()))
			.isEqualTo("/login?error=disabled");
		assertThat(loginError("disabled")).isEqualTo(DISABLED);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").with(Fixtures.as(user.username(), Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isUnauthorized());
		// A wrong password learns nothing about the account.
		assertThat(attempt(user.username(), "Saimatkhau1", Fixtures.newAddress())).isEqualTo("/login?error=bad");
	}

	@Test
	void afterTooManyFailuresEvenTheRightPasswordIsRefusedAndUnknownNamesBehaveTheSame() throws Exception {
		CreatedUser user = fixtures().createUser(Fixtures.unique("doan"), Role.MEMBER, Fixtures.ROOT);
		String unknown = Fixtures.unique("khongco");
		List<String> real = new ArrayList<>();
		List<String> ghost = new ArrayList<>();
		// Each attempt from another address: only the per-name count is at work here.
		for (int i = 0; i < 5; i++) {
			real.add(attempt(user.username(), "Saimatkhau" + i, Fixtures.newAddress()));
			ghost.add(attempt(unknown, "Saimatkhau" + i, Fixtures.newAddress()));
		}
		MockHttpSession session = new MockHttpSession();
		real.add(attemptIn(session, user.username(), Fixtures.INITIAL_PASSWORD, Fixtures.newAddress()));
		ghost.add(attempt(unknown, Fixtures.INITIAL_PASSWORD, Fixtures.newAddress()));

		List<String> expected = new ArrayList<>(java.util.Collections.nCopies(5, "/login?error=bad"));
		expected.add("/login?error=throttled");
		assertThat(real).isEqualTo(expected);
		assertThat(ghost).isEqualTo(real);
		assertThat(loginError("throttled")).isEqualTo(THROTTLED);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").with(Fixtures.as(user.username(), Fixtures.INITIAL_PASSWORD))
			.with(Fixtures.from(Fixtures.newAddress()))).andExpect(status().isUnauthorized());
	}

	@Test
	void tooManyFailuresFromOneAddressThrottleThatAddress() throws Exception {
		String address = Fixtures.newAddress();
		int limit = securityProperties.maxFailedLoginsPerAddress();
		for (int i = 0; i < limit; i++) {
			assertThat(attempt(Fixtures.unique("doan"), "Saimatkhau1", address)).isEqualTo("/login?error=bad");
		}
		assertThat(attempt(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, address)).isEqualTo("/login?error=throttled");
		// The same account from elsewhere is not affected.
		assertThat(attempt(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Fixtures.newAddress())).isEqualTo("/");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		MockHttpSession admin = fixtures().adminSession();
		CreatedUser user = fixtures().createUser(Fixtures.unique("csrf"), Role.MEMBER, Fixtures.ROOT);
		mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false").session(admin))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + user.id() + "/enabled").param("enabled", "false")
			.session(admin)
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users/" + user.id()).with(Fixtures.admin()))
			.andExpect(content().string(containsString("\"enabled\":true")));
		mvc.perform(post("/scope").param("unitId", "1").session(admin)).andExpect(status().isForbidden());
		mvc.perform(post("/account/password").session(admin)
			.param("currentPassword", Fixtures.ADMIN_PASSWORD)
			.param("newPassword", "Khongduoc2025")
			.param("confirmation", "Khongduoc2025")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", Fixtures.ADMIN)
			.param("password", Fixtures.ADMIN_PASSWORD)
			.with(Fixtures.from(Fixtures.newAddress()))).andExpect(status().isForbidden());
		// Control: with the token the same post goes through.
		mvc.perform(post("/scope").param("unitId", "1").session(admin).with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void theSessionIdChangesOnLogin() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).as("the login page opens a session for its CSRF token").isNotNull();
		String before = session.getId();
		assertThat(attemptIn(session, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Fixtures.newAddress())).isEqualTo("/");
		assertThat(session.getId()).isNotEqualTo(before);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void anHtmxRequestWithoutSessionIsToldToLoadTheLoginPage() throws Exception {
		mvc.perform(get("/units").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
		// An ordinary request is redirected instead.
		mvc.perform(get("/units")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	/** What the servlet container reports for a session cookie naming a session it no longer has. */
	static RequestPostProcessor expiredSessionCookie() {
		return request -> {
			request.setCookies(new Cookie("JSESSIONID", "A1B2C3D4E5F6"));
			request.setRequestedSessionId("A1B2C3D4E5F6");
			request.setRequestedSessionIdFromCookie(true);
			request.setRequestedSessionIdValid(false);
			return request;
		};
	}

	@Test
	void aRequestWithAnExpiredSessionGoesToTheLoginPageSayingSo() throws Exception {
		mvc.perform(get("/units").with(expiredSessionCookie())).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/units").header("HX-Request", "true").with(expiredSessionCookie()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
		assertThat(html(get("/login").param("expired", ""))).contains("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.");
	}

	static Map<String, String> directives(String csp) {
		return Arrays.stream(csp.split(";"))
			.map(String::strip)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : ""));
	}

	void assertStrictHeaders(MockHttpServletResponse response) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
		Map<String, String> d = directives(csp);
		assertThat(d).containsEntry("default-src", "'self'")
			.containsEntry("script-src", "'self'")
			.containsEntry("style-src", "'self'")
			.containsEntry("object-src", "'none'")
			.containsEntry("frame-ancestors", "'none'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		MockHttpSession admin = fixtures().adminSession();
		assertStrictHeaders(mvc.perform(get("/login")).andReturn().getResponse());
		assertStrictHeaders(mvc.perform(get("/").session(admin)).andExpect(status().isOk()).andReturn().getResponse());
		assertStrictHeaders(mvc.perform(get("/units/1").session(admin)).andExpect(status().isOk()).andReturn().getResponse());
		assertStrictHeaders(mvc.perform(get("/units/987654321").session(admin)).andExpect(status().isNotFound())
			.andReturn()
			.getResponse());
		assertStrictHeaders(mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andReturn().getResponse());
	}

	@Test
	void onlySwaggerUiMayUseInlineStylesAndNeverInlineScripts() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		Map<String, String> d = directives(response.getHeader("Content-Security-Policy"));
		assertThat(d.get("style-src")).contains("'unsafe-inline'");
		assertThat(d).containsEntry("script-src", "'self'").containsEntry("frame-ancestors", "'none'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		MockHttpSession session = fixtures().adminSession();
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(cookie().maxAge("JSESSIONID", 0));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		assertThat(html(get("/login").param("logout", ""))).contains("Bạn đã đăng xuất.");
	}

	@Test
	void changingOnesOwnPassword() throws Exception {
		String username = Fixtures.unique("doimk");
		fixtures().createUser(username, Role.MEMBER, Fixtures.ROOT);
		MockHttpSession session = fixtures().login(username, Fixtures.INITIAL_PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		assertThat(html(get("/account/password").session(session)))
			.contains("Bạn cần đặt mật khẩu mới trước khi sử dụng hệ thống.");

		String initial = Fixtures.INITIAL_PASSWORD;
		Object[][] refusals = {
				{ "Saimatkhau9", "Matkhaumoi1", "Matkhaumoi1", "Mật khẩu hiện tại không đúng." },
				{ initial, "Matkhaumoi1", "Matkhaumoi2", "Hai lần nhập mật khẩu mới không khớp nhau." },
				{ initial, "Ngan1", "Ngan1", "Mật khẩu phải có ít nhất 8 ký tự." },
				{ initial, "chicochuthoi", "chicochuthoi", "Mật khẩu phải có cả chữ và số." },
				{ initial, "1234567890", "1234567890", "Mật khẩu phải có cả chữ và số." },
				{ initial, username.toUpperCase(java.util.Locale.ROOT), username.toUpperCase(java.util.Locale.ROOT),
						"Mật khẩu không được trùng tên đăng nhập." },
				{ initial, initial, initial, "Mật khẩu mới phải khác mật khẩu cũ." },
				{ "", "Matkhaumoi1", "Matkhaumoi1", "Hãy nhập mật khẩu hiện tại." },
				{ initial, "", "", "Hãy nhập mật khẩu mới." } };
		for (Object[] r : refusals) {
			String page = html(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", (String) r[0])
				.param("newPassword", (String) r[1])
				.param("confirmation", (String) r[2]));
			assertThat(page).as("new password %s", r[1]).contains((String) r[3]);
			mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		}

		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", initial)
			.param("newPassword", "Matkhaumoi1")
			.param("confirmation", "Matkhaumoi1"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("notice", "password.changed"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Bạn cần đặt mật khẩu mới"))));
		assertThat(attempt(username, initial, Fixtures.newAddress())).isEqualTo("/login?error=bad");
		assertThat(attempt(username, "Matkhaumoi1", Fixtures.newAddress())).isEqualTo("/");
	}
}
