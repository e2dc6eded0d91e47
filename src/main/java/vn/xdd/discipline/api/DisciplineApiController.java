package vn.xdd.discipline.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.discipline.CaseClosing;
import vn.xdd.discipline.CaseDecision;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseOpening;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.ComplaintLodging;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.ComplaintRuling;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.FormProposal;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.ViolationRecording;
import vn.xdd.discipline.application.CaseQueries;
import vn.xdd.discipline.application.CaseViews;
import vn.xdd.discipline.application.CaseViews.CaseDetail;
import vn.xdd.discipline.application.CaseViews.CaseSummary;
import vn.xdd.discipline.application.MemberEffects;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * Discipline cases for integrators: the list of a subtree, a case with its limitation periods, each
 * step of the procedure as a POST, complaints and their ruling, the statistics of a period, and
 * what the decisions against a member bar on a day. Refusals are problem documents in Vietnamese.
 */
@RestController
@RequestMapping("/api/v1/discipline")
@Tag(name = "Kỷ luật đảng", description = "Hồ sơ kỷ luật, thời hiệu, quyết định, khiếu nại, hết hiệu lực và hệ quả")
class DisciplineApiController {

	private final CaseQueries queries;

	private final MemberEffects effects;

	private final CaseOpening opening;

	private final ViolationRecording violations;

	private final FormProposal proposal;

	private final CaseDecision decision;

	private final CaseClosing closing;

	private final ComplaintLodging complaints;

	private final ComplaintRuling rulings;

	private final MessageSource messages;

	private final Clock clock;

	DisciplineApiController(CaseQueries queries, MemberEffects effects, CaseOpening opening,
			ViolationRecording violations, FormProposal proposal, CaseDecision decision, CaseClosing closing,
			ComplaintLodging complaints, ComplaintRuling rulings, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.effects = effects;
		this.opening = opening;
		this.violations = violations;
		this.proposal = proposal;
		this.decision = decision;
		this.closing = closing;
		this.complaints = complaints;
		this.rulings = rulings;
		this.messages = messages;
		this.clock = clock;
	}

	record CaseJson(long id, SubjectKind subjectKind, @Nullable Long memberId, String subjectName, String place,
			LocalDate openedOn, CaseStatus status, String statusLabel, @Nullable DisciplineForm proposedForm,
			@Nullable DisciplineForm form, @Nullable String formLabel, @Nullable String decisionNumber,
			@Nullable LocalDate decidedOn) {
	}

	record PageJson(List<CaseJson> items, long total, int page, int pages) {
	}

	record DetailJson(CaseJson summary, CaseSource source, String text, String openedBy,
			@Nullable LocalDate proposedOn, @Nullable String decidedBy, @Nullable LocalDate concludedOn,
			@Nullable LocalDate announcedOn, @Nullable LocalDate lapsesOn, @Nullable LocalDate annulledOn,
			@Nullable ClosingReason closingReason, @Nullable LocalDate closedOn, String note, DisciplineForm judgedForm,
			String ruleSet, List<DisciplineForm> forms, List<CaseViews.ViolationView> violations,
			List<CaseViews.StepView> steps, List<CaseViews.ComplaintView> complaints, List<CaseViews.Action> actions) {
	}

	record OpenRequest(@Schema(description = "Đảng viên bị xem xét (hoặc organizationId)") @Nullable Long memberId,
			@Schema(description = "Tổ chức đảng bị xem xét (hoặc memberId)") @Nullable Long organizationId,
			@Schema(description = "Cấp ủy có ủy ban kiểm tra lập hồ sơ") @NotNull Long openedByUnitId,
			@NotNull CaseSource source, @NotNull LocalDate openedOn, @NotBlank @Size(max = 2000) String summary) {
	}

	record ViolationRequest(@NotBlank @Size(max = 2000) String description, @Nullable LocalDate committedFrom,
			@NotNull LocalDate committedOn, @NotNull ViolationCategory category,
			@Nullable @Size(max = 500) String ruleBreached, @Nullable Boolean higherLevelTask) {
	}

	record ProposalRequest(@NotNull DisciplineForm form, @NotNull LocalDate proposedOn,
			@Nullable @Size(max = 2000) String note) {
	}

	record DecisionRequest(@NotNull DisciplineForm form, @NotNull Long decidedByUnitId,
			@Nullable @Size(max = 60) String decisionNumber, @NotNull LocalDate concludedOn, @NotNull LocalDate decidedOn,
			@NotNull LocalDate announcedOn,
			@Schema(description = "Số thành viên của cấp quyết định (cùng với votesFor khi ghi biểu quyết)") @Nullable Integer bodyMembers,
			@Nullable Integer votesFor, @Nullable Integer votesAgainst, @Nullable @Size(max = 200) String signatory) {
	}

	record ClosingRequest(@NotNull ClosingReason reason, @NotNull LocalDate closedOn,
			@Nullable @Size(max = 2000) String note) {
	}

	record ComplaintRequest(@NotNull LocalDate receivedOn, @NotNull LocalDate filedOn,
			@NotBlank @Size(max = 300) String addressedTo, @NotBlank @Size(max = 4000) String content) {
	}

	record RulingRequest(@NotNull ComplaintOutcome outcome, @NotNull LocalDate ruledOn,
			@Nullable @Size(max = 2000) String note, @Nullable DisciplineForm changedTo) {
	}

	@GetMapping("/cases")
	@Operation(summary = "Hồ sơ kỷ luật của một đơn vị và các đơn vị trực thuộc, mới nhất trước (50 một trang)")
	PageJson list(@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(required = false) @Nullable DisciplineForm form,
			@RequestParam(required = false) @Nullable SubjectKind subject,
			@RequestParam(required = false) @Nullable LocalDate decidedFrom,
			@RequestParam(required = false) @Nullable LocalDate decidedUntil,
			@RequestParam(defaultValue = "1") int page, Locale locale) {
		CaseViews.CasePage found = queries.list(queries.unitOrDefault(unit),
				new CaseViews.Filter(status, form, subject, decidedFrom, decidedUntil), page);
		return new PageJson(found.items().stream().map(c -> json(c, locale)).toList(), found.total(), found.page(),
				found.pages());
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "Một hồ sơ: vi phạm và thời hiệu (có giải thích), các bước, khiếu nại, việc có thể làm tiếp")
	DetailJson detail(@PathVariable long id, Locale locale) {
		return detailJson(queries.detail(new CaseId(id), locale), locale);
	}

	@PostMapping("/cases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lập hồ sơ kỷ luật đối với một đảng viên hoặc một tổ chức đảng")
	DetailJson open(@Valid @RequestBody OpenRequest request, Locale locale) {
		CaseId id = opening.open(new CaseOpening.Command(request.memberId() == null ? null : new MemberId(request.memberId()),
				request.organizationId() == null ? null : new OrgUnitId(request.organizationId()),
				new OrgUnitId(request.openedByUnitId()), request.source(), request.openedOn(), request.summary()));
		return detail(id.value(), locale);
	}

	@PostMapping("/cases/{id}/violations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận một vi phạm vào hồ sơ chưa quyết định")
	DetailJson violation(@PathVariable long id, @Valid @RequestBody ViolationRequest request, Locale locale) {
		violations.record(new CaseId(id), new ViolationRecording.Command(request.description(), request.committedFrom(),
				request.committedOn(), request.category(), text(request.ruleBreached()),
				Boolean.TRUE.equals(request.higherLevelTask())));
		return detail(id, locale);
	}

	@PostMapping("/cases/{id}/proposal")
	@Operation(summary = "Đề nghị hình thức kỷ luật: hồ sơ chuyển sang xem xét")
	DetailJson propose(@PathVariable long id, @Valid @RequestBody ProposalRequest request, Locale locale) {
		proposal.propose(new CaseId(id), new FormProposal.Command(request.form(), request.proposedOn(), text(request.note())));
		return detail(id, locale);
	}

	@PostMapping("/cases/{id}/decision")
	@Operation(summary = "Quyết định kỷ luật: hình thức, cấp quyết định, số, ngày kết luận, ký và công bố")
	DetailJson decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request, Locale locale) {
		decision.decide(new CaseId(id), new CaseDecision.Command(request.form(), new OrgUnitId(request.decidedByUnitId()),
				text(request.decisionNumber()), request.concludedOn(), request.decidedOn(), request.announcedOn(),
				request.bodyMembers() == null ? null
						: new vn.xdd.discipline.Vote(request.bodyMembers(),
								java.util.Objects.requireNonNullElse(request.votesFor(), 0),
								java.util.Objects.requireNonNullElse(request.votesAgainst(), 0)),
				text(request.signatory())));
		return detail(id, locale);
	}

	@PostMapping("/cases/{id}/closing")
	@Operation(summary = "Kết thúc hồ sơ không kỷ luật, với lý do (hết thời hiệu, không vi phạm, miễn kỷ luật)")
	DetailJson close(@PathVariable long id, @Valid @RequestBody ClosingRequest request, Locale locale) {
		closing.close(new CaseId(id), new CaseClosing.Command(request.reason(), request.closedOn(), text(request.note())));
		return detail(id, locale);
	}

	@PostMapping("/cases/{id}/complaints")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận khiếu nại đối với quyết định kỷ luật (trong 30 ngày làm việc kể từ ngày nhận)")
	DetailJson complain(@PathVariable long id, @Valid @RequestBody ComplaintRequest request, Locale locale) {
		complaints.file(new CaseId(id), new ComplaintLodging.Command(request.receivedOn(), request.filedOn(),
				request.addressedTo(), request.content()));
		return detail(id, locale);
	}

	@PostMapping("/cases/{id}/ruling")
	@Operation(summary = "Giải quyết khiếu nại: giữ nguyên, thay đổi hình thức hoặc xóa bỏ quyết định")
	DetailJson rule(@PathVariable long id, @Valid @RequestBody RulingRequest request, Locale locale) {
		rulings.rule(new CaseId(id), new ComplaintRuling.Command(request.outcome(), request.ruledOn(), text(request.note()),
				request.changedTo()));
		return detail(id, locale);
	}

	@GetMapping("/statistics")
	@Operation(summary = "Số tổ chức đảng và đảng viên bị kỷ luật trong kỳ, theo hình thức (quyết định chưa bị xóa bỏ)")
	CaseViews.Statistics statistics(@RequestParam(required = false) @Nullable Long unit, @RequestParam LocalDate from,
			@RequestParam LocalDate until) {
		return queries.statistics(queries.unitOrDefault(unit), from, until);
	}

	@GetMapping("/members/{id}/effects")
	@Operation(summary = "Hệ quả kỷ luật đối với một đảng viên vào một ngày: quyết định còn hiệu lực, hạn chế quy hoạch, bổ nhiệm")
	MemberEffects.Effects memberEffects(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate on) {
		return effects.of(new MemberId(id), on == null ? LocalDate.now(clock) : on);
	}

	@GetMapping("/members/{id}/cases")
	@Operation(summary = "Lịch sử kỷ luật của một đảng viên (đảng viên chỉ thấy các quyết định đối với mình)")
	List<CaseJson> memberCases(@PathVariable long id, Locale locale) {
		return queries.ofMember(new MemberId(id)).stream().map(c -> json(c, locale)).toList();
	}

	private DetailJson detailJson(CaseDetail d, Locale locale) {
		return new DetailJson(json(d.summary(), locale), d.source(), d.text(), d.openedByName(), d.proposedOn(),
				d.decidedByName(), d.concludedOn(), d.announcedOn(), d.lapsesOn(), d.annulledOn(), d.closingReason(),
				d.closedOn(), d.note(), d.judgedForm(), d.ruleSetCitation(), d.forms(), d.violations(), d.steps(),
				d.complaints(), List.copyOf(d.actions()));
	}

	private CaseJson json(CaseSummary c, Locale locale) {
		return new CaseJson(c.id(), c.subjectKind(), c.memberId(), c.subjectName(), c.placePath(), c.openedOn(), c.status(),
				messages.getMessage(c.status().messageKey(), null, locale), c.proposedForm(), c.form(),
				c.form() == null ? null : messages.getMessage(c.form().messageKey(), null, locale), c.decisionNumber(),
				c.decidedOn());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
