package vn.xdd.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.xdd.Fixtures.CHANGED_PASSWORD;
import static vn.xdd.Fixtures.admin;
import static vn.xdd.Fixtures.as;
import static vn.xdd.Fixtures.body;
import static vn.xdd.Fixtures.number;
import static vn.xdd.Fixtures.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.review.ShortcomingEvents.ShortcomingStatusChanged;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.Role;

/**
 * The event flow from the register to the figures: the upper level's verification publishes
 * {@code ShortcomingStatusChanged} and the dashboard's counts of the chapter move from reported to
 * verified, 100% remedied.
 */
@XddIntegrationTest
@EnableScenarios
class VerificationScenarioTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aVerificationUpdatesTheCounts(Scenario scenario) throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		long district = fixtures.createUnit(Fixtures.ROOT, unique("Huyện ủy"), "DISTRICT_COMMITTEE", admin());
		long chapter = fixtures.createUnit(district, unique("Chi bộ"), "GRASSROOTS_CHAPTER", admin());
		String secretary = unique("bithu");
		fixtures.activeUser(secretary, Role.SECRETARY, chapter);
		String board = unique("bantochuc");
		fixtures.activeUser(board, Role.ORGANIZATION_BOARD, district);

		long id = number(body(mvc.perform(post("/api/v1/shortcomings").with(as(secretary, CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceKind\":\"REVIEW\",\"holderKind\":\"UNIT\",\"holderUnitId\":" + chapter
					+ ",\"text\":\"Chưa duy trì sinh hoạt chuyên đề\",\"deadline\":\"2030-12-31\"}"))
			.andExpect(status().isCreated())
			.andReturn()), "$.item.id");
		mvc.perform(post("/api/v1/shortcomings/" + id + "/transitions").with(as(secretary, CHANGED_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"REPORTED\",\"note\":\"Đã sinh hoạt chuyên đề quý III, IV\"}")).andExpect(status().isOk());
		String before = dashboard(district, board);
		assertThat(number(before, "$.total.reported")).isEqualTo(1);
		assertThat(number(before, "$.total.verified")).isZero();

		scenario.stimulate(() -> verify(id, board))
			.andWaitForEventOfType(ShortcomingStatusChanged.class)
			.matching(e -> e.id().value() == id && e.to() == ShortcomingStatus.VERIFIED)
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(ShortcomingStatus.REPORTED);
				assertThat(event.by()).isEqualTo(board);
				String after = dashboard(district, board);
				assertThat(number(after, "$.total.reported")).isZero();
				assertThat(number(after, "$.total.verified")).isEqualTo(1);
				assertThat(JsonPath.<Object>read(after, "$.children[0].figures.percentVerified").toString())
					.isEqualTo("100");
			});
	}

	private void verify(long id, String user) {
		try {
			mvc.perform(post("/api/v1/shortcomings/" + id + "/transitions").with(as(user, CHANGED_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\":\"VERIFIED\",\"note\":\"Đạt yêu cầu\"}")).andExpect(status().isOk());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String dashboard(long unit, String user) {
		try {
			return body(mvc.perform(get("/api/v1/dashboard").param("unit", Long.toString(unit))
				.with(as(user, CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
