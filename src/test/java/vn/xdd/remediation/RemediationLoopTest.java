package vn.xdd.remediation;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole loop of a plan: the district drafts it with a group and a task for a chapter,
 * disseminates it, the chapter acknowledges, the chapter secretary reports 100% with a PDF, the
 * district's standing committee verifies: the task is done and the shortcoming it addresses is
 * verified in the register.
 */
@XddIntegrationTest
class RemediationLoopTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** The notice kinds sent to a role of a unit, in order. */
	List<String> notices(String role, long unit) {
		return jdbc.sql("select kind from notification where role = ? and unit_id = ? order by id")
			.params(role, unit)
			.query(String.class)
			.list();
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void aChaptersTaskIsDisseminatedAcknowledgedReportedAndVerifiedByTheDistrict() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long plan = f.draft("42a-KH/HU");
		long shortcoming = f.chapterShortcoming("Sinh hoạt chi bộ chưa đều, nội dung còn đơn điệu");
		long task = f.chapterTask(plan, "Nâng cao chất lượng sinh hoạt chi bộ", shortcoming);

		f.disseminateToChapter(plan);
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.groups.length()").value(3))
			.andExpect(jsonPath("$.targets[0].acknowledgedOn").isEmpty());
		assertThat(notices("SECRETARY", f.chapter)).containsExactlyInAnyOrder("ACKNOWLEDGEMENT_PENDING", "ASSIGNED");
		assertThat(notices("LEADERSHIP", f.chapter)).containsExactlyInAnyOrder("ACKNOWLEDGEMENT_PENDING", "ASSIGNED");

		f.postJson("/api/v1/plans/" + plan + "/acknowledgements", f.secretary,
				"{\"unitId\":" + f.chapter + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[0].acknowledgedBy").value(f.secretary));

		String report = PlanFixtures.body(mvc
			.perform(multipart("/api/v1/tasks/" + task + "/reports")
				.file(new MockMultipartFile("files", "bien-ban-sinh-hoat.pdf", "application/pdf", PDF))
				.param("percent", "100")
				.param("narrative", "Chi bộ đã sinh hoạt chuyên đề hằng quý, có biên bản kèm theo")
				.with(PlanFixtures.as(f.secretary)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.files.length()").value(1)));
		long reportId = Fixtures.number(report, "$.id");
		assertThat(notices("LEADERSHIP", f.district)).containsExactly("VERIFICATION_PENDING");
		assertThat(notices("ORGANIZATION_BOARD", f.district)).containsExactly("VERIFICATION_PENDING");
		long fileId = Fixtures.number(report, "$.files[0]");
		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups[0].tasks[0].status").value("REPORTED"))
			.andExpect(jsonPath("$.groups[0].tasks[0].shortcomings[0]").value(shortcoming));
		mvc.perform(get("/api/v1/shortcomings/" + shortcoming).with(Fixtures.admin()))
			.andExpect(jsonPath("$.item.status").value("REPORTED"));

		String refused = PlanFixtures.body(f.postJson("/api/v1/reports/" + reportId + "/verify", f.secretary, "{}")
			.andExpect(status().isForbidden()));
		assertThat(JsonPath.<String>read(refused, "$.detail")).contains("không tự xác nhận");

		f.postJson("/api/v1/reports/" + reportId + "/verify", f.leader, "{\"note\":\"Đạt yêu cầu\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.decidedBy").value(f.leader));

		mvc.perform(get("/api/v1/plans/" + plan).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups[0].tasks[0].status").value("DONE"))
			.andExpect(jsonPath("$.groups[0].tasks[0].progressPercent").value(100));
		mvc.perform(get("/api/v1/shortcomings/" + shortcoming).with(Fixtures.admin()))
			.andExpect(jsonPath("$.item.status").value("VERIFIED"));
		mvc.perform(get("/api/v1/files/" + fileId).with(PlanFixtures.as(f.leader))).andExpect(status().isOk());

		String page = HtmlUtils.htmlUnescape(PlanFixtures.body(
				mvc.perform(get("/plans/" + plan).session(f.session(f.secretary))).andExpect(status().isOk())));
		assertThat(Fixtures.testId(page, "task-status")).isEqualTo("Đã hoàn thành");
		assertThat(Fixtures.testId(page, "report-status")).isEqualTo("Đã xác nhận");
		assertThat(page).contains("bien-ban-sinh-hoat.pdf").contains("Đã có 1/1 đơn vị xác nhận đã quán triệt");
	}

	@Test
	void aReturnedReportNeedsAReasonAndSendsTheTaskBack() throws Exception {
		PlanFixtures f = new PlanFixtures(mvc);
		long[] issued = f.issuedWithTask("15-KH/HU");
		long reportId = Fixtures.number(PlanFixtures.body(f.postJson("/api/v1/tasks/" + issued[1] + "/reports",
				f.secretary, "{\"percent\":100,\"narrative\":\"Đã hoàn thành\"}").andExpect(status().isCreated())),
				"$.id");

		String refused = PlanFixtures.body(f.postJson("/api/v1/reports/" + reportId + "/return", f.leader,
				"{\"reason\":\"  \"}").andExpect(status().isBadRequest()));
		assertThat(JsonPath.<String>read(refused, "$.detail")).isEqualTo("Trả lại báo cáo phải nêu lý do.");

		f.postJson("/api/v1/reports/" + reportId + "/return", f.leader, "{\"reason\":\"Thiếu biên bản\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("Thiếu biên bản"));
		mvc.perform(get("/api/v1/plans/" + issued[0]).with(PlanFixtures.as(f.organizer)))
			.andExpect(jsonPath("$.groups[0].tasks[0].status").value("RETURNED"));
		assertThat(notices("SECRETARY", f.chapter)).contains("RETURNED");
		assertThat(jdbc.sql("select message_key || ': ' || array_to_string(message_args, ' | ') from notification"
				+ " where kind = 'RETURNED' and role = 'SECRETARY' and unit_id = ?")
			.param(f.chapter)
			.query(String.class)
			.single()).startsWith("notice.reportReturned: ").contains("15-KH/HU").endsWith(" | Thiếu biên bản");
	}
}
