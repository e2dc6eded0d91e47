package vn.xdd.remediation;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's life cycle (delete, cancel, close), two people editing one task, and who sees a plan.
 */
@XddIntegrationTest
class PlanLifecycleAndAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	java.util.List<vn.xdd.notification.DeadlineSource> deadlineSources;

	@Test
	void tasksOfIssuedPlansGiveTheirDeadlinesToTheLeadUnitsSecretaryAndStandingCommittee() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long draft = f.draft("08-KH/DU");
		long draftTask = f.chapterTask(draft, "Nhiệm vụ của dự thảo");
		long[] issued = f.issuedWithTask("09-KH/DU");

		java.util.List<vn.xdd.notification.Deadline> deadlines = deadlineSources.stream()
			.flatMap(s -> s.openDeadlinesUntil(Fixtures.today().plusYears(1)).stream())
			.toList();

		assertThat(deadlines).noneMatch(d -> d.key().equals("plan-task:" + draftTask));
		assertThat(deadlines).filteredOn(d -> d.key().equals("plan-task:" + issued[1]))
			.extracting(d -> d.to().role() + "@" + d.to().unit().value())
			.containsExactlyInAnyOrder("SECRETARY@" + f.chapter, "LEADERSHIP@" + f.chapter);
	}

	static String detail(String json) {
		return JsonPath.read(json, "$.detail");
	}

	@Test
	void aDraftWithoutReportsIsDeletedButAPlanWithAReportIsOnlyCancelledWithAReason() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long draft = f.draft("01-KH/DU");
		mvc.perform(delete("/api/v1/plans/" + draft).with(PlanFixtures.as(f.organizer))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/plans/" + draft).with(PlanFixtures.as(f.organizer))).andExpect(status().isNotFound());

		long[] issued = f.issuedWithTask("02-KH/DU");
		f.postJson("/api/v1/tasks/" + issued[1] + "/reports", f.secretary,
				"{\"percent\":30,\"stage\":\"Xây dựng quy chế\",\"narrative\":\"Đã dự thảo quy chế\"}")
			.andExpect(status().isCreated());

		String refused = PlanFixtures.body(mvc.perform(delete("/api/v1/plans/" + issued[0]).with(PlanFixtures.as(f.organizer)))
			.andExpect(status().isBadRequest()));
		assertThat(detail(refused)).contains("đã có báo cáo tiến độ nên không thể xóa");

		String noReason = PlanFixtures.body(f.postJson("/api/v1/plans/" + issued[0] + "/cancel", f.organizer,
				"{\"reason\":\"\"}").andExpect(status().isBadRequest()));
		assertThat(detail(noReason)).isEqualTo("Hủy kế hoạch phải nêu lý do.");

		f.postJson("/api/v1/plans/" + issued[0] + "/cancel", f.organizer,
				"{\"reason\":\"Thay bằng kế hoạch số 05-KH/DU\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("Thay bằng kế hoạch số 05-KH/DU"));
		f.postJson("/api/v1/tasks/" + issued[1] + "/reports", f.secretary, "{\"percent\":50,\"narrative\":\"Tiếp tục\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void anIssuedPlanIsClosedWithItsResults() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long[] issued = f.issuedWithTask("03-KH/DU");
		f.postJson("/api/v1/plans/" + issued[0] + "/close", f.organizer, "{}").andExpect(status().isBadRequest());
		f.postJson("/api/v1/plans/" + issued[0] + "/close", f.organizer,
				"{\"summary\":\"Đã khắc phục 12/14 hạn chế, khuyết điểm\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.resultsSummary").value("Đã khắc phục 12/14 hạn chế, khuyết điểm"));
	}

	@Test
	void ofTwoEditsOfOneTaskFromTheSameVersionTheSecondIsRefusedWithAClearMessage() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long plan = f.draft("04-KH/DU");
		long task = f.chapterTask(plan, "Xây dựng quy hoạch cán bộ");
		long group = f.firstGroup(plan);
		String deadline = Fixtures.today().plusMonths(2).toString();

		mvc.perform(put("/api/v1/tasks/" + task).with(PlanFixtures.as(f.organizer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"groupId\":" + group + ",\"text\":\"Bản của người thứ nhất\",\"leadUnitId\":"
					+ f.chapter + ",\"deadline\":\"" + deadline + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		String second = PlanFixtures.body(mvc.perform(put("/api/v1/tasks/" + task).with(PlanFixtures.as(f.leader))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"groupId\":" + group + ",\"text\":\"Bản của người thứ hai\",\"leadUnitId\":"
					+ f.chapter + ",\"deadline\":\"" + deadline + "\"}"))
			.andExpect(status().isConflict()));
		assertThat(detail(second)).contains("vừa được người khác sửa");
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups[0].tasks[0].text").value("Bản của người thứ nhất"));

		MockHttpSession browser = f.session(f.leader);
		String page = HtmlUtils.htmlUnescape(PlanFixtures.body(mvc.perform(post("/plans/" + plan + "/tasks/" + task)
			.session(browser)
			.with(csrf())
			.param("version", "0")
			.param("groupId", Long.toString(group))
			.param("text", "Bản trên trang của người thứ hai")
			.param("leadUnitId", Long.toString(f.chapter))
			.param("deadline", deadline)
			.param("recurrence", "NONE")).andExpect(status().isOk())));
		assertThat(page).contains("vừa được người khác sửa và lưu trước bạn").contains("Bản trên trang của người thứ hai");
	}

	@Test
	void aPlanIsNotFoundOutsideTheScopeAndByTheChapterUntilItIsIssued() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long otherCommittee = new MemberFixtures(mvc).committee("Đảng bộ Khác " + Fixtures.unique("o"));
		String outsider = f.user(Role.LEADERSHIP, otherCommittee);
		long plan = f.draft("06-KH/DU");
		long task = f.chapterTask(plan, "Củng cố tổ chức cơ sở đảng yếu kém");

		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/plans/" + plan).session(f.session(outsider))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/tasks/" + task).with(PlanFixtures.as(outsider))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"groupId\":1,\"text\":\"x\",\"leadPerson\":\"y\",\"recurrence\":\"MONTHLY\"}"))
			.andExpect(status().isNotFound());
		f.postJson("/api/v1/plans/" + plan + "/dissemination", outsider, "{\"unitIds\":[" + otherCommittee + "]}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.secretary))).andExpect(status().isNotFound());

		f.disseminateToChapter(plan);
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.secretary))).andExpect(status().isOk());
		String list = PlanFixtures.body(mvc.perform(get("/api/v1/plans").with(PlanFixtures.as(f.secretary))));
		assertThat(list).contains("06-KH/DU");
		assertThat(PlanFixtures.body(mvc.perform(get("/api/v1/plans").with(PlanFixtures.as(outsider)))))
			.doesNotContain("06-KH/DU");

		String refused = PlanFixtures.body(f.postJson("/api/v1/plans/" + plan + "/tasks", f.secretary,
				"{\"groupId\":" + f.firstGroup(plan) + ",\"text\":\"x\",\"leadPerson\":\"y\",\"recurrence\":\"MONTHLY\"}")
			.andExpect(status().isForbidden()));
		assertThat(detail(refused)).isEqualTo("Bạn không có quyền thực hiện thao tác này với kế hoạch.");
		f.postJson("/api/v1/plans/" + plan + "/acknowledgements", outsider, "{\"unitId\":" + f.chapter + "}")
			.andExpect(status().isNotFound());
		MockHttpSession outsiderBrowser = f.session(outsider);
		mvc.perform(get("/plans/" + plan + "/tasks/" + task + "/edit").session(outsiderBrowser))
			.andExpect(status().isNotFound());
		f.postJson("/api/v1/tasks/" + task + "/reports", outsider, "{\"percent\":10,\"narrative\":\"x\"}")
			.andExpect(status().isNotFound());
		long report = Fixtures.number(PlanFixtures.body(f.postJson("/api/v1/tasks/" + task + "/reports", f.secretary,
				"{\"percent\":10,\"narrative\":\"Bắt đầu rà soát\"}").andExpect(status().isCreated())), "$.id");
		f.postJson("/api/v1/reports/" + report + "/verify", outsider, "{}").andExpect(status().isNotFound());
		f.postJson("/api/v1/reports/" + report + "/return", outsider, "{\"reason\":\"x\"}")
			.andExpect(status().isNotFound());
		mvc.perform(post("/plans/" + plan + "/reports/" + report + "/verify").session(outsiderBrowser).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theChapterSeesThePlanPageWithItsTaskAndTheAcknowledgeButton() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long[] issued = f.issuedWithTask("07-KH/DU");
		MockHttpSession secretary = f.session(f.secretary);

		String page = HtmlUtils.htmlUnescape(PlanFixtures.body(
				mvc.perform(get("/plans/" + issued[0]).session(secretary)).andExpect(status().isOk())));
		assertThat(Fixtures.testId(page, "plan-status")).isEqualTo("Đã ban hành");
		assertThat(page).contains("Nâng cao chất lượng sinh hoạt chi bộ").contains("data-testid=\"acknowledge\"")
			.contains("Gửi báo cáo tiến độ");

		mvc.perform(post("/plans/" + issued[0] + "/acknowledgements").session(secretary)
			.with(csrf())
			.param("unitId", Long.toString(f.chapter))).andExpect(status().is3xxRedirection());
		String after = HtmlUtils.htmlUnescape(PlanFixtures.body(
				mvc.perform(get("/plans/" + issued[0]).session(secretary)).andExpect(status().isOk())));
		assertThat(after).doesNotContain("data-testid=\"acknowledge\"").contains("Đã có 1/1 đơn vị xác nhận");
		String list = HtmlUtils.htmlUnescape(PlanFixtures.body(
				mvc.perform(get("/plans").session(secretary)).andExpect(status().isOk())));
		assertThat(list).contains("07-KH/DU");
	}

	@Test
	void solutionGroupsFromTheTemplateAreRenamedReorderedAndRemovedWhenEmpty() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long plan = f.draft("10-KH/DU");
		f.chapterTask(plan, "Nhiệm vụ của nhóm thứ nhất");
		MockHttpSession organizer = f.session(f.organizer);
		String json = PlanFixtures.body(mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer))));
		long first = ((Number) JsonPath.read(json, "$.groups[0].id")).longValue();
		long third = ((Number) JsonPath.read(json, "$.groups[2].id")).longValue();

		f.postJson("/api/v1/plans/" + plan + "/groups", f.organizer, "{\"title\":\"Về công tác dân vận\"}")
			.andExpect(status().isCreated());
		mvc.perform(post("/plans/" + plan + "/groups/" + third + "/rename").session(organizer).with(csrf())
			.param("title", "Nhóm giải pháp về giáo dục đạo đức, lối sống")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/plans/" + plan + "/groups/" + third + "/move").session(organizer).with(csrf())
			.param("direction", "up")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/plans/" + plan + "/groups/" + first + "/remove").session(organizer).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "plan.error.groupNotEmpty"));

		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups.length()").value(4))
			.andExpect(jsonPath("$.groups[1].title").value("Nhóm giải pháp về giáo dục đạo đức, lối sống"))
			.andExpect(jsonPath("$.groups[3].title").value("Về công tác dân vận"));
		long empty = ((Number) JsonPath.read(PlanFixtures.body(mvc.perform(get("/api/v1/plans/" + plan)
			.with(PlanFixtures.as(f.organizer)))), "$.groups[3].id")).longValue();
		mvc.perform(post("/plans/" + plan + "/groups/" + empty + "/remove").session(organizer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups.length()").value(3));
	}
}
