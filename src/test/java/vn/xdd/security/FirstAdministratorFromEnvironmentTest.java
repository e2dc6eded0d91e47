package vn.xdd.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start with XDD_BOOTSTRAP_ADMIN_PASSWORD (the test profile sets it): the administrator
 * signs in with it and works at once, without being forced to change it.
 */
@XddIntegrationTest
class FirstAdministratorFromEnvironmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorWorksAtOnceWithTheGivenPassword() throws Exception {
		MockHttpSession session = new Fixtures(mvc).adminSession();
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/users").with(Fixtures.admin())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(Fixtures.admin()))
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.grants[0].unitId").value(Fixtures.ROOT));
		assertThat(jdbc.sql("select must_change_password from app_user where username = 'admin'")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
			.isEqualTo(1);
	}
}
