package vn.xdd.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start without XDD_BOOTSTRAP_ADMIN_PASSWORD: the application generates the first
 * administrator's password, prints it once to the log, and lets the administrator do nothing but
 * change it. This class runs its own application on its own embedded PostgreSQL (a fresh data
 * directory), closed again afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "xdd.security.bootstrap-admin-password=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class FirstAdministratorGeneratedPasswordTest {

	static final String BANNER = "first administrator";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	static String printedPassword(String log) {
		int banner = log.indexOf(BANNER);
		assertThat(banner).as("the first administrator's banner in the log").isNotNegative();
		// The line after the user name: "Mật khẩu:  <14 letters and digits>".
		Matcher m = Pattern.compile("(?m)^\\s*M\\S* kh\\S*:\\s+([A-Za-z0-9]{14})\\s*$").matcher(log.substring(banner));
		assertThat(m.find()).as("a generated password in the log").isTrue();
		return m.group(1);
	}

	@Test
	void thePrintedPasswordSignsInButOnlyToChangeIt(CapturedOutput output) throws Exception {
		String generated = printedPassword(output.getAll());
		assertThat(generated).matches(".*\\d.*");
		Fixtures fixtures = new Fixtures(mvc);

		MockHttpSession session = fixtures.login(Fixtures.ADMIN, generated);
		// Pages lead to the password form, htmx requests are told to go there.
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/units").session(session).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Bạn cần đặt mật khẩu mới trước khi sử dụng hệ thống.")));
		// The API refuses everything with a problem document.
		mvc.perform(get("/api/v1/me").with(Fixtures.as(Fixtures.ADMIN, generated)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("application/problem+json")))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("Tài khoản phải đổi mật khẩu tạm thời trước khi dùng API: gửi mật khẩu "
					+ "hiện tại và mật khẩu mới tới POST /api/v1/me/password (hoặc đổi trên giao diện web)."));
		mvc.perform(get("/api/v1/users").with(Fixtures.as(Fixtures.ADMIN, generated))).andExpect(status().isForbidden());
		assertThat(mustChange()).isTrue();

		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", generated)
			.param("newPassword", "Quantri2025")
			.param("confirmation", "Quantri2025")).andExpect(redirectedUrl("/"));

		assertThat(mustChange()).isFalse();
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(Fixtures.as(Fixtures.ADMIN, "Quantri2025")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.grants[0].unitId").value(Fixtures.ROOT));
		// The generated password is gone.
		mvc.perform(get("/api/v1/me").with(Fixtures.as(Fixtures.ADMIN, generated)).with(Fixtures.from(Fixtures.newAddress())))
			.andExpect(status().isUnauthorized());
		fixtures.login(Fixtures.ADMIN, "Quantri2025");
	}

	@Test
	void aFurtherStartOnTheSameDatabaseCreatesNoOtherAdministrator(CapturedOutput output) throws Exception {
		String printedFirst = printedPassword(output.getAll());
		assertThat(userCount()).isEqualTo(1);
		String hashBefore = passwordHash();

		// What a restart runs: the bootstrap runners on a database that already has them.
		ApplicationArguments args = new DefaultApplicationArguments();
		context.getBean("rootUnitBootstrap", ApplicationRunner.class).run(args);
		context.getBean("bootstrapAdministrator", ApplicationRunner.class).run(args);

		assertThat(userCount()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(1);
		assertThat(passwordHash()).isEqualTo(hashBefore);
		String log = output.getAll();
		assertThat(log.indexOf(BANNER)).isEqualTo(log.lastIndexOf(BANNER));
		assertThat(printedPassword(log)).isEqualTo(printedFirst);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = 'USER'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	long userCount() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	boolean mustChange() {
		return jdbc.sql("select must_change_password from app_user where username = 'admin'").query(Boolean.class).single();
	}

	String passwordHash() {
		return jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
	}
}
