package vn.xdd.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens (issue 17): created by a user for himself and shown once, stored only as
 * a hash, accepted as {@code Authorization: Bearer} with exactly the holder's grants, refused once
 * expired or revoked, and written to the audit trail once per token and day.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	long committee;

	long otherCommittee;

	CreatedUser organizer;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		MemberFixtures units = new MemberFixtures(mvc);
		committee = units.committee("Đảng bộ Mã truy cập " + Fixtures.unique("t"));
		otherCommittee = units.committee("Đảng bộ Khác " + Fixtures.unique("t"));
		organizer = fixtures.activeUser(Fixtures.unique("tichhop"), Role.ORGANIZATION_BOARD, committee);
	}

	RequestPostProcessor basic() {
		return Fixtures.as(organizer.username(), Fixtures.CHANGED_PASSWORD);
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			request.setRemoteAddr(Fixtures.newAddress());
			return request;
		};
	}

	MvcResult create(String name, String expiresOn) throws Exception {
		return mvc.perform(post("/api/v1/me/tokens").with(basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"expiresOn\":\"" + expiresOn + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
	}

	String token(String name) throws Exception {
		return JsonPath.read(Fixtures.body(create(name, Fixtures.today().plusDays(30).toString())), "$.token");
	}

	long idOf(String token) throws Exception {
		return jdbc.sql("select id from api_token where secret_hash = ?").param(sha256(token)).query(Long.class).single();
	}

	long audit(String action, long tokenId) {
		return jdbc.sql("select count(*) from audit_event where action = ? and record_type = 'API_TOKEN' and record_id = ?")
			.params(action, Long.toString(tokenId))
			.query(Long.class)
			.single();
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
		String json = Fixtures.body(create("Đồng bộ hằng đêm", Fixtures.today().plusDays(90).toString()));
		String token = JsonPath.read(json, "$.token");
		long id = Fixtures.number(json, "$.id");
		assertThat(token).startsWith("xdd_").hasSizeGreaterThanOrEqualTo(4 + 43);
		assertThat((String) JsonPath.read(json, "$.expiresOn")).isEqualTo(Fixtures.today().plusDays(90).toString());

		// The table holds the hash, never the secret, in any column.
		Map<String, Object> row = jdbc.sql("select * from api_token where id = ?").param(id).query().singleRow();
		assertThat(row.get("secret_hash")).isEqualTo(sha256(token));
		assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(token.substring(4)));
		assertThat(jdbc.sql("select row_to_json(t)::text from api_token t where id = ?").param(id).query(String.class)
			.single()).doesNotContain(token.substring(10));

		// The list never shows it again; the audit line of the creation does not carry it.
		String list = Fixtures.body(mvc.perform(get("/api/v1/me/tokens").with(basic())).andExpect(status().isOk()).andReturn());
		assertThat(list).contains("Đồng bộ hằng đêm").doesNotContain(token.substring(10));
		assertThat(audit("TOKEN_CREATE", id)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where coalesce(after_summary, '') || coalesce(detail, '') "
				+ "like ?").param("%" + token.substring(10) + "%").query(Long.class).single()).isZero();
	}

	@Test
	void aBearerTokenActsWithTheHoldersGrantsAndIsAuditedOncePerDay() throws Exception {
		String token = token("Kịch bản nhập dữ liệu");
		long id = idOf(token);

		mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(organizer.username()))
			.andExpect(jsonPath("$.grants[0].unitId").value(committee));
		mvc.perform(get("/api/v1/org-units/" + committee).with(bearer(token))).andExpect(status().isOk());

		// Exactly what the password allows: another committee is not found, administration is refused.
		for (RequestPostProcessor who : List.of(basic(), bearer(token))) {
			mvc.perform(get("/api/v1/org-units/" + otherCommittee).with(who)).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/users").with(who)).andExpect(status().isForbidden());
		}
		// A write within the grants goes through, attributed to the holder.
		MvcResult plan = mvc.perform(post("/api/v1/plans").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + committee + ",\"numberSymbol\":\"" + Fixtures.unique("01-KH")
					+ "\",\"issuedOn\":\"2013-01-30\",\"title\":\"Kế hoạch qua mã truy cập\",\"templateCode\":\"NQ12-3\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		long planId = Fixtures.number(Fixtures.body(plan), "$.id");
		assertThat(jdbc.sql("select actor from audit_event where record_type = 'REMEDIATION_PLAN' and record_id = ? and action = 'CREATE'")
			.param(Long.toString(planId)).query(String.class).single()).isEqualTo(organizer.username());
		// A grant added later is in force at the next call (grants are read per call, not kept in the token).
		fixtures.grant(organizer.id(), Role.ORGANIZATION_BOARD, otherCommittee);
		mvc.perform(get("/api/v1/org-units/" + otherCommittee).with(bearer(token))).andExpect(status().isOk());

		// Many calls, one line of use today.
		assertThat(audit("TOKEN_USE", id)).isEqualTo(1);
		assertThat(jdbc.sql("select last_used_on from api_token where id = ?").param(id).query(java.time.LocalDate.class)
			.single()).isEqualTo(Fixtures.today());
	}

	@Test
	void aTokenCannotMintAnother() throws Exception {
		String token = token("Không tự nhân bản");
		mvc.perform(post("/api/v1/me/tokens").with(bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"con\",\"expiresOn\":\"" + Fixtures.today().plusDays(5) + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("xác thực bằng mật khẩu")));
	}

	@Test
	void anExpiredTokenIsRefusedAndTheExpiryIsBounded() throws Exception {
		String token = token("Hết hạn");
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
		jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?").param(idOf(token)).update();
		mvc.perform(get("/api/v1/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Mã truy cập (Bearer) không hợp lệ, đã hết hạn hoặc đã bị thu hồi."));
		assertThat(Fixtures.body(mvc.perform(get("/api/v1/me/tokens").with(basic())).andReturn()))
			.contains("\"state\":\"EXPIRED\"");

		for (String day : List.of(Fixtures.today().minusDays(1).toString(), Fixtures.today().plusDays(400).toString())) {
			mvc.perform(post("/api/v1/me/tokens").with(basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Sai hạn\",\"expiresOn\":\"" + day + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("token.expiresOn"));
		}
		mvc.perform(get("/api/v1/me").with(bearer("xdd_khong-co-ma-nay"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aRevokedTokenIsRefusedAtOnceAndOnlyItsHolderRevokesIt() throws Exception {
		String token = token("Thu hồi");
		long id = idOf(token);
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

		CreatedUser other = fixtures.activeUser(Fixtures.unique("nguoikhac"), Role.ORGANIZATION_BOARD, committee);
		mvc.perform(delete("/api/v1/me/tokens/" + id).with(Fixtures.as(other.username(), Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

		mvc.perform(delete("/api/v1/me/tokens/" + id).with(basic())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
		assertThat(audit("TOKEN_REVOKE", id)).isEqualTo(1);
		assertThat(Fixtures.body(mvc.perform(get("/api/v1/me/tokens").with(basic())).andReturn()))
			.contains("\"state\":\"REVOKED\"");
	}

	@Test
	void theAccountPageCreatesShowsOnceAndRevokes() throws Exception {
		CreatedUser user = fixtures.activeUser(Fixtures.unique("trang"), Role.MEMBER, committee);
		MockHttpSession session = fixtures.login(user.username(), Fixtures.CHANGED_PASSWORD);
		MvcResult created = mvc.perform(post("/account/tokens").session(session)
			.with(csrf())
			.param("name", "Máy chủ tỉnh")
			.param("expiresOn", Fixtures.today().plusDays(10).toString()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "token.created"))
			.andReturn();
		String token = (String) created.getFlashMap().get("createdToken");
		assertThat(token).startsWith("xdd_");
		String shown = HtmlUtils.htmlUnescape(
				Fixtures.body(mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn()));
		assertThat(shown).contains(token).contains("Máy chủ tỉnh").contains("Đang dùng được");
		String later = HtmlUtils.htmlUnescape(
				Fixtures.body(mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn()));
		assertThat(later).contains("Máy chủ tỉnh").doesNotContain(token.substring(10));
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

		mvc.perform(post("/account/tokens/" + idOf(token) + "/revoke").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
		// Another user's token is not found from the page either.
		String mine = token("Của người khác");
		mvc.perform(post("/account/tokens/" + idOf(mine) + "/revoke").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").with(bearer(mine))).andExpect(status().isOk());
	}
}
