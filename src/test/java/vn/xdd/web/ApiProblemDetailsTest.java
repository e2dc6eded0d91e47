package vn.xdd.web;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the JSON API is an RFC 9457 problem document (application/problem+json) whose
 * {@code detail} tells the caller in Vietnamese what went wrong.
 */
@XddIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemDetailsTest {

	static final String UNREADABLE = "Nội dung yêu cầu không đọc được: JSON sai cú pháp, có trường không được phép "
			+ "hoặc giá trị sai kiểu.";

	static final String INVALID = "Dữ liệu gửi lên không hợp lệ: thiếu trường bắt buộc hoặc giá trị không đúng.";

	@Autowired
	MockMvc mvc;

	Fixtures fixtures;

	CreatedUser member;

	@BeforeAll
	void setUp() throws Exception {
		fixtures = new Fixtures(mvc);
		member = fixtures.activeUser(Fixtures.unique("member"), Role.MEMBER, Fixtures.ROOT);
	}

	ResultActions problem(MockHttpServletRequestBuilder request, int status, String detail) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.valueOf("application/problem+json")))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").value(detail));
	}

	MockHttpServletRequestBuilder postUnit(String json) {
		return post("/api/v1/org-units").with(Fixtures.admin()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void wellFormedRequestIsAccepted() throws Exception {
		// Control for the 400s below: the same request, well formed, creates the unit.
		mvc.perform(postUnit("{\"parentId\":1,\"type\":\"AGENCY\",\"name\":\"" + Fixtures.unique("Cơ quan") + "\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void malformedJsonIs400() throws Exception {
		problem(postUnit("{\"parentId\":1,\"type\":\"AGENCY\",\"name\":"), 400, UNREADABLE);
	}

	@Test
	void unknownFieldIs400() throws Exception {
		problem(postUnit("{\"parentId\":1,\"type\":\"AGENCY\",\"name\":\"Cơ quan X\",\"secret\":true}"), 400, UNREADABLE);
	}

	@Test
	void valueOfTheWrongTypeIs400() throws Exception {
		problem(postUnit("{\"parentId\":\"một\",\"type\":\"AGENCY\",\"name\":\"Cơ quan X\"}"), 400, UNREADABLE);
	}

	@Test
	void missingRequiredFieldIs400() throws Exception {
		// The detail names the field at fault, and errors lists it with its reason.
		problem(postUnit("{\"type\":\"AGENCY\",\"name\":\"Cơ quan X\"}"), 400, INVALID + " parentId: bắt buộc, chưa có giá trị")
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		problem(postUnit("{\"parentId\":1,\"type\":\"AGENCY\",\"name\":\"  \"}"), 400,
				INVALID + " name: bắt buộc, chưa có giá trị");
	}

	@Test
	void nulByteInATextIs400() throws Exception {
		// PostgreSQL cannot store U+0000; the sender is told, in Vietnamese, and nothing is saved.
		problem(postUnit("{\"parentId\":1,\"type\":\"AGENCY\",\"name\":\"Cơ quan\\u0000X\"}"), 400,
				"Văn bản gửi lên có ký tự không hợp lệ (ký tự NUL). Hãy xóa ký tự đó rồi gửi lại; chưa có gì được lưu.");
	}

	@Test
	void nulByteInAPageFormIsThe400PageInVietnamese() throws Exception {
		String name = Fixtures.unique("Cơ quan") + "\u0000X";
		mvc.perform(post("/units/1/children").session(fixtures.adminSession()).with(csrf()).param("name", name)
				.param("typeCode", "AGENCY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Văn bản gửi lên có ký tự không hợp lệ (ký tự NUL). Hãy xóa ký tự đó rồi gửi lại; chưa có gì được lưu.")));
	}

	@Test
	void wrongPasswordIs401() throws Exception {
		problem(get("/api/v1/me").with(Fixtures.as(member.username(), "sai-mat-khau"))
			.with(Fixtures.from(Fixtures.newAddress())),
				401, "Cần đăng nhập (HTTP Basic) bằng tài khoản XDĐ.")
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
		problem(get("/api/v1/me"), 401, "Cần đăng nhập (HTTP Basic) bằng tài khoản XDĐ.");
	}

	@Test
	void nonAdministratorCreatingAUserIs403() throws Exception {
		String username = Fixtures.unique("bi-tu-choi");
		problem(post("/api/v1/users").with(Fixtures.as(member.username(), Fixtures.CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"fullName\":\"Không được tạo\",\"password\":\"Khoitao2025\","
					+ "\"role\":\"ADMIN\",\"unitId\":1}"),
				403, "Tài khoản không có quyền thực hiện thao tác này.");
		problem(get("/api/v1/users").with(Fixtures.as(member.username(), Fixtures.CHANGED_PASSWORD)), 403,
				"Tài khoản không có quyền thực hiện thao tác này.");
		mvc.perform(get("/api/v1/users").with(Fixtures.admin()))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(username))));
		// The same member reads what is theirs.
		mvc.perform(get("/api/v1/me").with(Fixtures.as(member.username(), Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void unknownIdIs404() throws Exception {
		String detail = "Không tìm thấy bản ghi, hoặc bản ghi nằm ngoài phạm vi đơn vị của bạn.";
		problem(get("/api/v1/org-units/987654321").with(Fixtures.admin()), 404, detail)
			.andExpect(jsonPath("$.instance").value("/api/v1/org-units/987654321"));
		problem(get("/api/v1/users/987654321").with(Fixtures.admin()), 404, detail);
		problem(post("/api/v1/users/987654321/grants").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"MEMBER\",\"unitId\":1}"), 404, detail);
	}

	@Test
	void unknownAddressIs404() throws Exception {
		problem(get("/api/v1/khong-co").with(Fixtures.admin()), 404, "Không tìm thấy địa chỉ này.");
	}

	@Test
	void oversizedRequestIs413() throws Exception {
		// xdd.web.max-request-size is 25 MB; MockMvc takes the content length from the body itself.
		byte[] body = new byte[25 * 1024 * 1024 + 1];
		Arrays.fill(body, (byte) ' ');
		problem(post("/api/v1/org-units").with(Fixtures.admin()).contentType(MediaType.APPLICATION_JSON).content(body),
				413, "Yêu cầu quá lớn: tối đa 25 MB.");
		// At the limit the request is read (and then refused for its content, not its size).
		byte[] atLimit = new byte[25 * 1024 * 1024];
		Arrays.fill(atLimit, (byte) ' ');
		mvc.perform(post("/api/v1/org-units").with(Fixtures.admin()).contentType(MediaType.APPLICATION_JSON).content(atLimit))
			.andExpect(status().isBadRequest());
	}

	@Test
	void grantOnUnknownUnitIs400() throws Exception {
		problem(post("/api/v1/users/" + member.id() + "/grants").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"LEADERSHIP\",\"unitId\":987654321}"), 400,
				"Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản trị của bạn.");
	}

	@Test
	void unsupportedMethodIs405() throws Exception {
		problem(delete("/api/v1/org-units/1").with(Fixtures.admin()), 405,
				"Phương thức DELETE không được hỗ trợ cho địa chỉ này.")
			.andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")));
	}

	@Test
	void unsupportedContentTypeIs415() throws Exception {
		problem(post("/api/v1/org-units").with(Fixtures.admin()).contentType(MediaType.TEXT_PLAIN).content("Cơ quan"), 415,
				"Kiểu nội dung không được hỗ trợ; hãy gửi application/json.");
	}

	@Test
	void pagesStillAnswerUnknownAddressesWithoutProblemDocuments() throws Exception {
		mvc.perform(get("/khong-co").session(fixtures.adminSession()))
			.andExpect(status().isNotFound())
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(String.valueOf(result.getResponse().getContentType()))
				.doesNotContain("json"));
	}
}
