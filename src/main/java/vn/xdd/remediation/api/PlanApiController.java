package vn.xdd.remediation.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.xdd.remediation.NewPlan;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.ProgressReportCommand;
import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.PlanSummary;
import vn.xdd.remediation.application.AcknowledgePlan;
import vn.xdd.remediation.application.AddGroup;
import vn.xdd.remediation.application.AddTask;
import vn.xdd.remediation.application.CancelPlan;
import vn.xdd.remediation.application.ClosePlan;
import vn.xdd.remediation.application.CreatePlan;
import vn.xdd.remediation.application.ReportProgress;
import vn.xdd.remediation.application.DeletePlan;
import vn.xdd.remediation.application.DisseminatePlan;
import vn.xdd.remediation.application.PlanDetail;
import vn.xdd.remediation.application.PlanDetails;
import vn.xdd.remediation.application.PlanQueries;
import vn.xdd.remediation.application.ReturnReport;
import vn.xdd.remediation.application.UpdatePlan;
import vn.xdd.remediation.application.UpdateTask;
import vn.xdd.remediation.application.VerifyReport;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Remediation plans: groups, tasks, dissemination, progress reports and their verification. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kế hoạch khắc phục", description = "Kế hoạch khắc phục hạn chế, khuyết điểm: nhiệm vụ, quán triệt, báo cáo tiến độ, xác nhận")
class PlanApiController {

	record PlanRequest(@Nullable Long unitId, @Nullable String numberSymbol, @Nullable LocalDate issuedOn,
			@Nullable String title, @Nullable Long campaignId, @Nullable String templateCode, @Nullable Integer version) {
	}

	record GroupRequest(@Nullable String title) {
	}

	record TaskRequest(@Nullable Long groupId, @Nullable String text, @Nullable Long leadUnitId,
			@Nullable String leadPerson, @Nullable List<Long> coordinators, @Nullable LocalDate deadline,
			@Nullable Recurrence recurrence, @Nullable String expectedOutput, @Nullable List<Long> shortcomings,
			@Nullable Integer version) {

		TaskCommand command() {
			return new TaskCommand(groupId == null ? 0 : groupId, text, leadUnitId, leadPerson,
					coordinators == null ? List.of() : coordinators, deadline, recurrence, expectedOutput,
					shortcomings == null ? List.of() : shortcomings);
		}
	}

	record DisseminationRequest(@Nullable List<Long> unitIds) {
	}

	record AcknowledgementRequest(long unitId, @Nullable LocalDate on) {
	}

	record ReportRequest(@Nullable String stage, @Nullable Integer percent, @Nullable String narrative,
			@Nullable LocalDate reportedOn) {
	}

	record NoteRequest(@Nullable String note) {
	}

	record ReasonRequest(@Nullable String reason) {
	}

	record SummaryRequest(@Nullable String summary) {
	}

	record GroupJson(long id, int position, String title, List<TaskJson> tasks) {
	}

	record TaskJson(long id, long groupId, String text, @Nullable Long leadUnitId, @Nullable String leadPerson,
			List<Long> coordinators, @Nullable LocalDate deadline, Recurrence recurrence, String expectedOutput,
			String status, int progressPercent, List<Long> shortcomings, int version) {
	}

	record TargetJson(long unitId, @Nullable LocalDate acknowledgedOn, @Nullable String acknowledgedBy) {
	}

	record ReportJson(long id, long taskId, long unitId, @Nullable String stage, @Nullable Integer percent,
			String narrative, LocalDate reportedOn, String reportedBy, String status, @Nullable String decidedBy,
			@Nullable String returnReason, List<Long> files) {
	}

	record PlanJson(long id, long unitId, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, String status, @Nullable String resultsSummary, @Nullable String cancelReason,
			int version, List<GroupJson> groups, List<TargetJson> targets, List<ReportJson> reports) {
	}

	record IdJson(long id) {
	}

	record PlanListJson(long id, long unitId, String unitName, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, String status, int tasks, int tasksDone, int tasksOverdue, int targets,
			int acknowledged) {

		static PlanListJson of(PlanSummary p) {
			return new PlanListJson(p.id().value(), p.issuingUnit().value(), p.issuingUnitName(), p.numberSymbol(),
					p.issuedOn(), p.title(), p.campaign() == null ? null : p.campaign().value(), p.status().name(),
					p.tasks(), p.tasksDone(), p.tasksOverdue(), p.targets(), p.acknowledged());
		}
	}

	private final PlanQueries queries;

	private final PlanDetails details;

	private final CreatePlan createPlan;

	private final UpdatePlan updatePlan;

	private final DeletePlan deletePlan;

	private final AddGroup addGroup;

	private final AddTask addTask;

	private final UpdateTask updateTask;

	private final DisseminatePlan disseminatePlan;

	private final AcknowledgePlan acknowledgePlan;

	private final ReportProgress reportProgress;

	private final VerifyReport verifyReport;

	private final ReturnReport returnReport;

	private final ClosePlan closePlan;

	private final CancelPlan cancelPlan;

	PlanApiController(PlanQueries queries, PlanDetails details, CreatePlan createPlan,
			UpdatePlan updatePlan, DeletePlan deletePlan, AddGroup addGroup, AddTask addTask, UpdateTask updateTask,
			DisseminatePlan disseminatePlan, AcknowledgePlan acknowledgePlan, ReportProgress reportProgress,
			VerifyReport verifyReport, ReturnReport returnReport, ClosePlan closePlan, CancelPlan cancelPlan) {
		this.queries = queries;
		this.details = details;
		this.createPlan = createPlan;
		this.updatePlan = updatePlan;
		this.deletePlan = deletePlan;
		this.addGroup = addGroup;
		this.addTask = addTask;
		this.updateTask = updateTask;
		this.disseminatePlan = disseminatePlan;
		this.acknowledgePlan = acknowledgePlan;
		this.reportProgress = reportProgress;
		this.verifyReport = verifyReport;
		this.returnReport = returnReport;
		this.closePlan = closePlan;
		this.cancelPlan = cancelPlan;
	}

	@GetMapping("/plans")
	@Operation(summary = "Các kế hoạch trong phạm vi: do đơn vị trong phạm vi ban hành hoặc đã quán triệt tới")
	List<PlanListJson> list() {
		return queries.visible().stream().map(PlanListJson::of).toList();
	}

	@PostMapping("/plans")
	@Operation(summary = "Tạo dự thảo kế hoạch, với các nhóm giải pháp theo mẫu")
	ResponseEntity<PlanJson> create(@RequestBody PlanRequest request) {
		if (request.unitId() == null) {
			throw new BusinessRuleException("plan.error.unitRequired");
		}
		PlanId id = createPlan.create(new NewPlan(new OrgUnitId(request.unitId()), request.numberSymbol(),
				request.issuedOn(), request.title(), request.campaignId(), request.templateCode()));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id.value())).body(json(id.value()));
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "Một kế hoạch với nhóm giải pháp, nhiệm vụ, đơn vị được quán triệt và báo cáo tiến độ")
	PlanJson get(@PathVariable long id) {
		return json(id);
	}

	@PutMapping("/plans/{id}")
	@Operation(summary = "Sửa số, ký hiệu, ngày, trích yếu, đợt kiểm điểm (kèm version)")
	PlanJson update(@PathVariable long id, @RequestBody PlanRequest request) {
		updatePlan.update(new PlanId(id), request.version() == null ? -1 : request.version(), request.numberSymbol(),
				request.issuedOn(), request.title(), request.campaignId());
		return json(id);
	}

	@DeleteMapping("/plans/{id}")
	@Operation(summary = "Xóa dự thảo chưa có báo cáo tiến độ")
	ResponseEntity<Void> delete(@PathVariable long id) {
		deletePlan.delete(new PlanId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/groups")
	@Operation(summary = "Thêm nhóm giải pháp")
	ResponseEntity<IdJson> addGroup(@PathVariable long id, @RequestBody GroupRequest request) {
		long group = addGroup.add(new PlanId(id), request.title());
		return ResponseEntity.status(201).body(new IdJson(group));
	}

	@PostMapping("/plans/{id}/tasks")
	@Operation(summary = "Thêm nhiệm vụ vào một nhóm giải pháp")
	ResponseEntity<TaskJson> addTask(@PathVariable long id, @RequestBody TaskRequest request) {
		long task = addTask.add(new PlanId(id), request.command()).value();
		return ResponseEntity.status(201).body(task(details.task(task)));
	}

	@PutMapping("/tasks/{id}")
	@Operation(summary = "Sửa nhiệm vụ; version là phiên bản đã đọc, bị từ chối nếu người khác đã sửa trước")
	TaskJson updateTask(@PathVariable long id, @RequestBody TaskRequest request) {
		updateTask.update(id, request.version() == null ? -1 : request.version(), request.command());
		return task(details.task(id));
	}

	@PostMapping("/plans/{id}/dissemination")
	@Operation(summary = "Quán triệt kế hoạch tới các đơn vị trực thuộc; dự thảo trở thành đã ban hành")
	PlanJson disseminate(@PathVariable long id, @RequestBody DisseminationRequest request) {
		disseminatePlan.disseminate(new PlanId(id),
				(request.unitIds() == null ? List.<Long>of() : request.unitIds()).stream().map(OrgUnitId::new).toList());
		return json(id);
	}

	@PostMapping("/plans/{id}/acknowledgements")
	@Operation(summary = "Đơn vị được quán triệt xác nhận đã quán triệt")
	PlanJson acknowledge(@PathVariable long id, @RequestBody AcknowledgementRequest request) {
		acknowledgePlan.acknowledge(new PlanId(id), new OrgUnitId(request.unitId()), request.on());
		return json(id);
	}

	@PostMapping(path = "/tasks/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Báo cáo tiến độ nhiệm vụ, không kèm tệp")
	ResponseEntity<ReportJson> report(@PathVariable long id, @RequestBody ReportRequest request) {
		long report = reportProgress.report(new TaskId(id), new ProgressReportCommand(request.stage(), request.percent(),
				request.narrative(), request.reportedOn(), List.of())).value();
		return ResponseEntity.status(201).body(report(details.report(report)));
	}

	@PostMapping(path = "/tasks/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Báo cáo tiến độ nhiệm vụ kèm tệp minh chứng (multipart)")
	ResponseEntity<ReportJson> reportWithFiles(@PathVariable long id,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable String narrative,
			@RequestParam(required = false) @Nullable LocalDate reportedOn,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		long report = reportProgress.report(new TaskId(id),
				new ProgressReportCommand(stage, percent, narrative, reportedOn, Uploads.of(files))).value();
		return ResponseEntity.status(201).body(report(details.report(report)));
	}

	@PostMapping("/reports/{id}/verify")
	@Operation(summary = "Cấp ban hành xác nhận báo cáo; báo cáo 100% làm nhiệm vụ hoàn thành")
	ReportJson verify(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
		verifyReport.verify(id, request == null ? null : request.note());
		return report(details.report(id));
	}

	@PostMapping("/reports/{id}/return")
	@Operation(summary = "Cấp ban hành trả lại báo cáo, kèm lý do")
	ReportJson returnReport(@PathVariable long id, @RequestBody(required = false) @Nullable ReasonRequest request) {
		returnReport.returnWithReason(id, request == null ? null : request.reason());
		return report(details.report(id));
	}

	@PostMapping("/plans/{id}/close")
	@Operation(summary = "Kết thúc kế hoạch với báo cáo kết quả")
	PlanJson close(@PathVariable long id, @RequestBody(required = false) @Nullable SummaryRequest request) {
		closePlan.close(new PlanId(id), request == null ? null : request.summary());
		return json(id);
	}

	@PostMapping("/plans/{id}/cancel")
	@Operation(summary = "Hủy kế hoạch, kèm lý do")
	PlanJson cancel(@PathVariable long id, @RequestBody(required = false) @Nullable ReasonRequest request) {
		cancelPlan.cancel(new PlanId(id), request == null ? null : request.reason());
		return json(id);
	}

	private PlanJson json(long id) {
		PlanDetail detail = details.detail(id);
		PlanDetail.Header plan = detail.plan();
		List<GroupJson> groups = detail.groups()
			.stream()
			.map(g -> new GroupJson(g.id(), g.position(), g.title(),
					detail.tasks().stream().filter(t -> t.groupId() == g.id()).map(this::task).toList()))
			.toList();
		List<TargetJson> targets = detail.targets()
			.stream()
			.map(t -> new TargetJson(t.unitId(), t.acknowledgedOn(), t.acknowledgedBy()))
			.toList();
		return new PlanJson(plan.id(), plan.unitId(), plan.numberSymbol(), plan.issuedOn(), plan.title(),
				plan.campaignId(), plan.status().name(), plan.resultsSummary(), plan.cancelReason(), plan.version(),
				groups, targets, detail.reports().stream().map(this::report).toList());
	}

	private TaskJson task(PlanDetail.Task t) {
		return new TaskJson(t.id(), t.groupId(), t.text(), t.leadUnitId(), t.leadPerson(), t.coordinators(),
				t.deadline(), t.recurrence(), t.expectedOutput(), t.status().name(), t.progressPercent(),
				t.shortcomings(), t.version());
	}

	private ReportJson report(PlanDetail.Report r) {
		return new ReportJson(r.id(), r.taskId(), r.unitId(), r.stage(), r.percent(), r.narrative(), r.reportedOn(),
				r.reportedBy(), r.status().name(), r.decidedBy(), r.returnReason(), r.files());
	}
}
