package vn.xdd;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.shared.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test data made through the application's own API and pages, as a user would make it. Every name
 * is unique, because all integration tests share one database.
 *
 * <p>Logins go through the real login form. Each login comes from an address of its own: the login
 * throttle also counts failures per remote address, and MockMvc would otherwise send every request
 * from 127.0.0.1, so one test's failed logins could lock every other test out.
 */
public final class Fixtures {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "Admin12345";

	/** The root unit created on the first start ("Tỉnh ủy"). */
	public static final long ROOT = 1;

	/** The password an administrator gives new accounts in these tests. */
	public static final String INITIAL_PASSWORD = "Khoitao2025";

	/** The password test users choose when they are forced to change the initial one. */
	public static final String CHANGED_PASSWORD = "Doimatkhau2025";

	/** Address of the administrator's API calls; no test fails a login from it. */
	private static final String ADMIN_ADDRESS = "10.255.255.254";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final MockMvc mvc;

	public Fixtures(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A user account as the API created it. */
	public record CreatedUser(long id, String username, long firstGrantId) {
	}

	/** A lower-case name no other test uses, valid as a user name. */
	public static String unique(String prefix) {
		return (prefix + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6))
			.toLowerCase(Locale.ROOT);
	}

	/** A remote address no other request of the test run uses. */
	public static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** Sends the request from the given remote address. */
	/**
	 * Today as the application counts it: Vietnam's day (the application's clock is
	 * Asia/Ho_Chi_Minh), not the test machine's, which is a day behind from 17:00 UTC.
	 */
	public static java.time.LocalDate today() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** HTTP Basic as the bootstrapped administrator (administrator of the root unit). */
	public static RequestPostProcessor admin() {
		return as(ADMIN, ADMIN_PASSWORD);
	}

	/** HTTP Basic as the given user, from an address where no login ever fails. */
	public static RequestPostProcessor as(String username, String password) {
		RequestPostProcessor basic = httpBasic(username, password);
		return request -> from(ADMIN_ADDRESS).postProcessRequest(basic.postProcessRequest(request));
	}

	public static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public static long number(String json, String path) {
		Object value = JsonPath.read(json, path);
		return ((Number) value).longValue();
	}

	/** Adds a unit under {@code parentId} through the API, as the administrator. */
	public long createUnit(long parentId, String name) throws Exception {
		return createUnit(parentId, name, admin());
	}

	public long createUnit(long parentId, String name, RequestPostProcessor who) throws Exception {
		return createUnit(parentId, name, childTypeUnder(parentId), who);
	}

	/** Adds a unit of the given type (it must be allowed under the parent's type). */
	public long createUnit(long parentId, String name, String type, RequestPostProcessor who) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/org-units").with(who)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + parentId + ",\"type\":\"" + type + "\",\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return number(body(result), "$.id");
	}

	/**
	 * A type the catalogue allows under the parent: a grassroots party committee under a province
	 * or district, a chapter under a committee, a party cell under a chapter.
	 */
	String childTypeUnder(long parentId) throws Exception {
		String parent = body(mvc.perform(get("/api/v1/org-units/" + parentId).with(admin())).andReturn());
		String type = JsonPath.read(parent, "$.type");
		return switch (type) {
			case "PROVINCIAL_COMMITTEE", "DIRECT_COMMITTEE", "DISTRICT_COMMITTEE" -> "GRASSROOTS_COMMITTEE";
			case "GRASSROOTS_CHAPTER", "SUB_CHAPTER" -> "PARTY_CELL";
			default -> "SUB_CHAPTER";
		};
	}

	/** Creates an account with a first grant through the API, as the administrator. */
	public CreatedUser createUser(String username, Role role, long unitId) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"fullName\":\"Người dùng " + username + "\",\"password\":\""
						+ INITIAL_PASSWORD + "\",\"role\":\"" + role + "\",\"unitId\":" + unitId + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		String json = body(result);
		return new CreatedUser(number(json, "$.id"), username, number(json, "$.grants[0].id"));
	}

	/** Grants a role through the API, as the administrator; returns the new grant's id. */
	public long grant(long userId, Role role, long unitId) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/users/" + userId + "/grants").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"" + role + "\",\"unitId\":" + unitId + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		List<Object> ids = JsonPath.read(body(result),
				"$.grants[?(@.role == '" + role + "' && @.unitId == " + unitId + ")].id");
		return ((Number) ids.get(0)).longValue();
	}

	/** Signs in through the login form and returns the authenticated session. */
	public MockHttpSession login(String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", username)
				.param("password", password)
				.with(csrf())
				.with(from(newAddress())))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/**
	 * Signs in with the initial password an administrator gave and replaces it, as the application
	 * demands, with {@link #CHANGED_PASSWORD}; returns the session, now free of the restriction.
	 */
	public MockHttpSession loginChangingPassword(String username) throws Exception {
		MockHttpSession session = login(username, INITIAL_PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", INITIAL_PASSWORD)
			.param("newPassword", CHANGED_PASSWORD)
			.param("confirmation", CHANGED_PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		return session;
	}

	/** An account created by the administrator whose owner has already chosen their own password. */
	public CreatedUser activeUser(String username, Role role, long unitId) throws Exception {
		CreatedUser user = createUser(username, role, unitId);
		loginChangingPassword(username);
		return user;
	}

	/** Signs in as the administrator through the login form. */
	public MockHttpSession adminSession() throws Exception {
		return login(ADMIN, ADMIN_PASSWORD);
	}

	/** The text of an element carrying {@code data-testid}, or null. */
	public static String testId(String html, String id) {
		Matcher m = Pattern.compile("data-testid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
		return m.find() ? m.group(1) : null;
	}
}
