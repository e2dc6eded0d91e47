package vn.xdd.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.XddIntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@XddIntegrationTest
class ApiMeTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theBootstrappedAdministratorSeesTheRootGrant() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "Admin12345")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.grants[0].unitName").value("Tỉnh ủy"));
	}

	@Test
	void aWrongPasswordGetsProblemDetailsInVietnamese() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "sai-mat-khau")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("Cần đăng nhập (HTTP Basic) bằng tài khoản XDĐ."));
	}
}
