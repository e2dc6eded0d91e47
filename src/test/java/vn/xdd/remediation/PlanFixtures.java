package vn.xdd.remediation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A district-level committee with a chapter under it, the users who work on plans there, and
 * plans made through the API as those users would make them.
 */
final class PlanFixtures {

	final MockMvc mvc;

	final long district;

	final long chapter;

	final String organizer;

	final String leader;

	final String secretary;

	PlanFixtures(MockMvc mvc) throws Exception {
		this.mvc = mvc;
		MemberFixtures units = new MemberFixtures(mvc);
		this.district = units.committee("Đảng bộ Kế hoạch " + Fixtures.unique("d"));
		this.chapter = units.chapter(district, "Chi bộ Khắc phục " + Fixtures.unique("c"));
		this.organizer = user(Role.ORGANIZATION_BOARD, district);
		this.leader = user(Role.LEADERSHIP, district);
		this.secretary = user(Role.SECRETARY, chapter);
	}

	String user(Role role, long unit) throws Exception {
		String name = Fixtures.unique(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		new Fixtures(mvc).activeUser(name, role, unit);
		return name;
	}

	/** A signed-in browser session of the user, for the pages. */
	org.springframework.mock.web.MockHttpSession session(String user) throws Exception {
		return new Fixtures(mvc).login(user, Fixtures.CHANGED_PASSWORD);
	}

	static RequestPostProcessor as(String user) {
		return Fixtures.as(user, Fixtures.CHANGED_PASSWORD);
	}

	ResultActions postJson(String path, String user, String json) throws Exception {
		return mvc.perform(post(path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A draft plan of the district with the three-group template; returns its id. */
	long draft(String numberSymbol) throws Exception {
		MvcResult result = postJson("/api/v1/plans", organizer,
				"{\"unitId\":" + district + ",\"numberSymbol\":\"" + numberSymbol + "\",\"issuedOn\":\"2013-01-30\","
						+ "\"title\":\"Kế hoạch triển khai các giải pháp khắc phục hạn chế, khuyết điểm\","
						+ "\"templateCode\":\"NQ12-3\"}")
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	long firstGroup(long plan) throws Exception {
		String json = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/plans/" + plan).with(as(organizer))).andExpect(status().isOk()));
		return ((Number) JsonPath.read(json, "$.groups[0].id")).longValue();
	}

	/** A shortcoming held by the chapter, recorded in the register from a superior's comment. */
	long chapterShortcoming(String text) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/shortcomings").with(as(organizer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceKind\":\"SUPERIOR_COMMENT\",\"holderKind\":\"UNIT\",\"holderUnitId\":" + chapter
					+ ",\"text\":\"" + text + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.item.id");
	}

	/** A task led by the chapter in the plan's first group; returns its id. */
	long chapterTask(long plan, String text) throws Exception {
		return chapterTask(plan, text, new long[0]);
	}

	/** A task led by the chapter in the plan's first group, addressing the given shortcomings. */
	long chapterTask(long plan, String text, long... shortcomings) throws Exception {
		String items = java.util.Arrays.stream(shortcomings).mapToObj(Long::toString)
			.collect(java.util.stream.Collectors.joining(","));
		MvcResult result = postJson("/api/v1/plans/" + plan + "/tasks", organizer,
				"{\"groupId\":" + firstGroup(plan) + ",\"text\":\"" + text + "\",\"shortcomings\":[" + items + "],\"leadUnitId\":" + chapter
						+ ",\"deadline\":\"" + Fixtures.today().plusMonths(3) + "\",\"recurrence\":\"NONE\","
						+ "\"expectedOutput\":\"Biên bản sinh hoạt chi bộ\"}")
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	void disseminateToChapter(long plan) throws Exception {
		postJson("/api/v1/plans/" + plan + "/dissemination", organizer, "{\"unitIds\":[" + chapter + "]}")
			.andExpect(status().isOk());
	}

	/** An issued plan with one task led by the chapter; returns {plan, task}. */
	long[] issuedWithTask(String numberSymbol) throws Exception {
		long plan = draft(numberSymbol);
		long task = chapterTask(plan, "Nâng cao chất lượng sinh hoạt chi bộ");
		disseminateToChapter(plan);
		return new long[] { plan, task };
	}
}
