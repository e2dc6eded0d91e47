package vn.xdd.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API answers a refusal by what it means (issue 17): 403 when a rule of permission refuses
 * (with the Vietnamese reason), 409 when the record changed since the client read it, 400 naming
 * the fields when the input is wrong; pages show the same Vietnamese reason.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiStatusByMeaningTest {

	@Autowired
	MockMvc mvc;

	Fixtures fixtures;

	long committee;

	String organizer;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		committee = new MemberFixtures(mvc).committee("Đảng bộ Mã lỗi " + Fixtures.unique("m"));
		organizer = Fixtures.unique("bantochuc");
		fixtures.activeUser(organizer, Role.ORGANIZATION_BOARD, committee);
	}

	String planJson(String numberSymbol) {
		return "{\"unitId\":" + committee + ",\"numberSymbol\":\"" + numberSymbol + "\",\"issuedOn\":\"2013-01-30\","
				+ "\"title\":\"Kế hoạch khắc phục hạn chế, khuyết điểm\",\"templateCode\":\"NQ12-3\"}";
	}

	@Test
	void anAdministratorCreatingAPlanIsRefusedWith403AndTheReason() throws Exception {
		String number = Fixtures.unique("01-KH");
		mvc.perform(post("/api/v1/plans").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(planJson(number)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("application/problem+json")))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("Bạn không có quyền thực hiện thao tác này với kế hoạch."));
		String list = Fixtures.body(mvc.perform(get("/api/v1/plans").with(Fixtures.admin())).andReturn());
		assertThat(list).doesNotContain(number);
	}

	@Test
	void aStalePlanVersionIs409AndChangesNothing() throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/plans").with(Fixtures.as(organizer, Fixtures.CHANGED_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(planJson("02-KH/DU")))
			.andExpect(status().isCreated())
			.andReturn();
		long plan = Fixtures.number(Fixtures.body(created), "$.id");
		int version = JsonPath.read(Fixtures.body(created), "$.version");
		String update = "{\"version\":" + version + ",\"numberSymbol\":\"02-KH/DU\",\"issuedOn\":\"2013-01-30\","
				+ "\"title\":\"Bản thứ nhất\"}";
		mvc.perform(put("/api/v1/plans/" + plan).with(Fixtures.as(organizer, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(update)).andExpect(status().isOk());

		mvc.perform(put("/api/v1/plans/" + plan).with(Fixtures.as(organizer, Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.replace("Bản thứ nhất", "Bản cũ")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail")
				.value("Kế hoạch vừa được người khác sửa. Hãy tải lại trang và nhập lại thay đổi của bạn."));
		mvc.perform(get("/api/v1/plans/" + plan).with(Fixtures.as(organizer, Fixtures.CHANGED_PASSWORD)))
			.andExpect(jsonPath("$.title").value("Bản thứ nhất"));
	}

	@Test
	void aUserWithoutARoleIs400NamingTheField() throws Exception {
		String username = Fixtures.unique("khongvaitro");
		mvc.perform(post("/api/v1/users").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"fullName\":\"Nguyễn Văn A\",\"password\":\""
					+ Fixtures.INITIAL_PASSWORD + "\",\"unitId\":" + Fixtures.ROOT + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value("bắt buộc, chưa có giá trị"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("role: bắt buộc, chưa có giá trị")));
		String users = Fixtures.body(mvc.perform(get("/api/v1/users").with(Fixtures.admin())).andReturn());
		assertThat(users).doesNotContain(username);
	}

	@Test
	void aPageRefusedByPermissionShowsThe403PageWithTheReason() throws Exception {
		String member = Fixtures.unique("dangvien");
		fixtures.activeUser(member, Role.MEMBER, committee);
		String page = HtmlUtils.htmlUnescape(Fixtures.body(mvc
			.perform(get("/shortcomings").param("unit", Long.toString(committee))
				.session(fixtures.login(member, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isForbidden())
			.andReturn()));
		assertThat(page).contains("Anh/chị không có quyền xem sổ theo dõi hạn chế, khuyết điểm của đơn vị này.");
	}
}
