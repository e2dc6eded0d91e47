package vn.xdd.organization;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tree pages and the restructuring API, through HTTP: the tree as of a day, search without
 * diacritics, restructuring forms and endpoints, and the scope on each of them.
 */
@XddIntegrationTest
class OrgTreeWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	long district;

	long commune;

	String tag;

	@BeforeEach
	void district() throws Exception {
		fixtures = new Fixtures(mvc);
		tag = Fixtures.unique("t");
		district = created(post("/api/v1/org-units").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"parentId":1,"type":"DISTRICT_COMMITTEE","name":"Huyện ủy Đồng Đăng %s","validFrom":"1945-09-02",
					 "decisionRef":"QĐ thành lập"}""".formatted(tag)));
		commune = created(post("/api/v1/org-units").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"parentId":%d,"type":"GRASSROOTS_COMMITTEE","name":"Đảng bộ xã Hòa Lạc %s","validFrom":"1950-01-01"}"""
				.formatted(district, tag)));
	}

	long created(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Fixtures.number(Fixtures.body(mvc.perform(request).andExpect(status().isCreated()).andReturn()), "$.id");
	}

	@Test
	void theTreeShowsTheDistrictIn2013AndTheSuccessorIn2026() throws Exception {
		String json = Fixtures.body(mvc.perform(post("/api/v1/org-units/merge").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sourceIds":[%d],"newUnit":{"name":"Đảng ủy xã Hòa Lạc %s","type":"COMMUNE_COMMITTEE","parentId":1},
					 "from":"2025-07-01","decisionRef":"Quyết định số 123-QĐ/TU"}""".formatted(commune, tag)))
			.andExpect(status().isOk())
			.andReturn());
		long successor = Fixtures.number(json, "$.id");
		mvc.perform(post("/api/v1/org-units/" + district + "/dissolve").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"2025-07-01\",\"decisionRef\":\"QĐ kết thúc\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validTo").value("2025-06-30"));

		MockHttpSession admin = fixtures.adminSession();
		mvc.perform(get("/units").param("asOf", "2013-01-30").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện ủy Đồng Đăng " + tag)))
			.andExpect(content().string(containsString("Đảng bộ xã Hòa Lạc " + tag)))
			.andExpect(content().string(not(containsString("Đảng ủy xã Hòa Lạc " + tag))));
		mvc.perform(get("/units").session(admin))
			.andExpect(content().string(containsString("Đảng ủy xã Hòa Lạc " + tag)))
			.andExpect(content().string(not(containsString("Huyện ủy Đồng Đăng " + tag))));
		mvc.perform(get("/units/" + successor).session(admin))
			.andExpect(content().string(containsString("Đảng bộ xã Hòa Lạc " + tag)))
			.andExpect(content().string(containsString("Quyết định số 123-QĐ/TU")));
		mvc.perform(get("/api/v1/org-units").param("asOf", "2013-01-30").with(Fixtures.admin()))
			.andExpect(jsonPath("$[?(@.id == %d)].parentId".formatted(commune)).value(org.hamcrest.Matchers.contains((int) district)));
		mvc.perform(get("/api/v1/org-units/" + commune + "/history").with(Fixtures.admin()))
			.andExpect(jsonPath("$.successors[0]").value(successor))
			.andExpect(jsonPath("$.periods[0].validTo").value("2025-06-30"));
	}

	@Test
	void searchIgnoresDiacriticsAndCase() throws Exception {
		mvc.perform(get("/units").param("q", "HOA LAC " + tag).session(fixtures.adminSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"tree-search-results\"")))
			.andExpect(content().string(containsString("Đảng bộ xã Hòa Lạc " + tag)));
		mvc.perform(get("/units").param("q", "khong co don vi nay " + tag).session(fixtures.adminSession()))
			.andExpect(content().string(containsString("Không có đơn vị nào khớp.")));
	}

	@Test
	void theRenameFormRecordsTheEventAndRefusalsAreExplained() throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		mvc.perform(post("/units/" + commune + "/rename").session(admin)
			.with(csrf())
			.param("name", "Đảng bộ thị trấn Hòa Lạc " + tag)
			.param("from", "2010-01-01")
			.param("decisionRef", "QĐ đổi tên"))
			.andExpect(redirectedUrl("/units/" + commune))
			.andExpect(flash().attribute("notice", "restructure.renamed"));
		mvc.perform(post("/units/" + commune + "/rename").session(admin)
			.with(csrf())
			.param("name", "Tên quá sớm " + tag)
			.param("from", "2000-01-01"))
			.andExpect(flash().attribute("problem", "restructure.error.beforeLatestChange"));
		mvc.perform(post("/units/" + district + "/move").session(admin)
			.with(csrf())
			.param("parentId", Long.toString(commune))
			.param("from", "2020-01-01"))
			.andExpect(flash().attribute("problem", "restructure.error.underItself"));
		String page = Fixtures.body(mvc.perform(get("/units/" + commune).session(admin)).andReturn());
		assertThat(page).contains("Đảng bộ thị trấn Hòa Lạc " + tag, "Đổi tên", "QĐ đổi tên");
		assertThat(jdbc.sql("select count(*) from org_event e join org_event_unit eu on eu.event_id = e.id "
				+ "where eu.unit_id = ? and e.kind = 'RENAME'").param(commune).query(Long.class).single()).isEqualTo(1);
	}

	static Stream<String> restructuringEndpoints() {
		return Stream.of("rename", "move", "dissolve", "split", "history");
	}

	@ParameterizedTest
	@MethodSource("restructuringEndpoints")
	void restructuringOutsideTheScopeIsNotFound(String endpoint) throws Exception {
		String name = Fixtures.unique("bt");
		fixtures.activeUser(name, Role.ORGANIZATION_BOARD, commune);
		long other = created(post("/api/v1/org-units").with(Fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":1,\"type\":\"GRASSROOTS_COMMITTEE\",\"name\":\"Đảng bộ khác " + tag + "\"}"));
		String body = switch (endpoint) {
			case "rename" -> "{\"name\":\"X\",\"from\":\"2026-01-01\"}";
			case "move" -> "{\"parentId\":1,\"from\":\"2026-01-01\"}";
			case "dissolve" -> "{\"from\":\"2026-01-01\"}";
			case "split" -> "{\"parts\":[{\"name\":\"X\",\"type\":\"SUB_CHAPTER\"}],\"sourceContinues\":true,\"from\":\"2026-01-01\"}";
			default -> null;
		};
		var request = body == null ? get("/api/v1/org-units/" + other + "/" + endpoint)
				: post("/api/v1/org-units/" + other + "/" + endpoint).contentType(MediaType.APPLICATION_JSON).content(body);
		mvc.perform(request.with(Fixtures.as(name, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("phạm vi")));
		assertThat(jdbc.sql("select count(*) from org_event e join org_event_unit eu on eu.event_id = e.id "
				+ "where eu.unit_id = ? and e.kind <> 'CREATE'").param(other).query(Long.class).single()).isZero();
		// Positive control: the same user may read the history of the unit granted.
		mvc.perform(get("/api/v1/org-units/" + commune + "/history").with(Fixtures.as(name, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk());
	}
}
