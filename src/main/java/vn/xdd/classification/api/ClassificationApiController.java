package vn.xdd.classification.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import vn.xdd.classification.Appraisal;
import vn.xdd.classification.ClassificationDecision;
import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.ProposalComments;
import vn.xdd.classification.ResultRedo;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.RoundOpening;
import vn.xdd.classification.RoundPublication;
import vn.xdd.classification.SelfAssessment;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.YearResult;
import vn.xdd.classification.application.ClassificationQueries;
import vn.xdd.classification.application.ClassificationViews;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Classification for integrators: the rule sets, the rounds of a unit, a round's tracker and
 * subjects, a subject with the gates of each level in Vietnamese, each step as a POST (with the
 * version read, 409 when it changed meanwhile), the report, results by member and year, and past
 * years' results entered from the records. Refusals are problem documents in Vietnamese.
 */
@RestController
@RequestMapping("/api/v1/classification")
@Tag(name = "Đánh giá, xếp loại", description = "Đợt đánh giá, tự đánh giá, thẩm định, quyết định, công bố, kết quả theo năm")
class ClassificationApiController {

	private final ClassificationQueries queries;

	private final RoundOpening opening;

	private final SelfAssessment selfAssessment;

	private final ProposalComments comments;

	private final Appraisal appraisal;

	private final ClassificationDecision decision;

	private final RoundPublication publication;

	private final ResultRedo redo;

	private final vn.xdd.classification.PastResultEntry pastResults;

	private final MessageSource messages;

	ClassificationApiController(ClassificationQueries queries, RoundOpening opening, SelfAssessment selfAssessment,
			ProposalComments comments, Appraisal appraisal, ClassificationDecision decision,
			RoundPublication publication, ResultRedo redo, vn.xdd.classification.PastResultEntry pastResults, MessageSource messages) {
		this.queries = queries;
		this.opening = opening;
		this.selfAssessment = selfAssessment;
		this.comments = comments;
		this.appraisal = appraisal;
		this.decision = decision;
		this.publication = publication;
		this.redo = redo;
		this.pastResults = pastResults;
		this.messages = messages;
	}

	record IdJson(long id) {
	}

	record CountJson(int decided) {
	}

	record OpenRequest(@NotNull Long unitId, @NotNull @Min(2008) @Max(2100) Integer year, @Nullable LocalDate selfDeadline,
			@Nullable LocalDate appraisalDeadline, @Nullable LocalDate decisionDeadline) {
	}

	record SelfRequest(@NotNull Level level,
			@Schema(description = "Điểm của từng tiêu chí theo mã (thang điểm)") @Nullable Map<String, Integer> points,
			@Schema(description = "Mức của từng tiêu chí theo mã (Quy định 124)") @Nullable Map<String, Grade> grades,
			@Nullable @Min(0) @Max(100000) Integer tasksTotal, @Nullable @Min(0) @Max(100000) Integer tasksDone,
			@Nullable @Min(0) @Max(100000) Integer tasksOnTime, @Nullable @Min(0) @Max(100000) Integer tasksExceeded,
			@Nullable @Min(0) @Max(100000) Integer tasksBehind, @Nullable Level stateLevel,
			@Nullable @Size(max = 2000) String note, @NotNull Integer version) {
	}

	record CommentRequest(@NotNull @Size(max = 2000) String comment, @Nullable @Min(0) Integer votesFor,
			@Nullable @Min(0) Integer votesAgainst, @NotNull Integer version) {
	}

	record AppraisalRequest(@NotNull Level level, @Nullable @Size(max = 2000) String reason,
			@Nullable @Size(max = 2000) String overruleReason, @NotNull Integer version) {
	}

	record DecisionRequest(@NotNull Level level, @Nullable Boolean outstanding, @Nullable @Size(max = 2000) String reason,
			@NotNull Integer version) {
	}

	record RedoRequest(@NotNull @Size(max = 2000) String reason) {
	}

	record PastResultRequest(@Schema(description = "Đảng viên (hoặc organizationId)") @Nullable Long memberId,
			@Schema(description = "Tổ chức đảng (hoặc memberId)") @Nullable Long organizationId,
			@NotNull @Min(2008) @Max(2100) Integer year, @NotNull Level level, @Nullable Boolean outstanding,
			@Nullable @Size(max = 500) String note) {
	}

	/** A gate refused, in the reader's words. */
	record GateJson(String key, String message, boolean overrulable, @Nullable String causeType, @Nullable String causeId) {
	}

	record LevelGatesJson(Level level, String label, boolean allowed, boolean allowedWithOverrule, List<GateJson> failures) {
	}

	record SubjectJson(ClassificationViews.SubjectPage subject, List<LevelGatesJson> gates) {
	}

	record ResultJson(int year, String kind, long unitId, String unitName, String ruleSet, Level level, String label,
			boolean outstanding, String source) {
	}

	@GetMapping("/rule-sets")
	@Operation(summary = "Các quy định đánh giá, xếp loại theo năm, với các thiết lập")
	List<RuleSet> ruleSets() {
		return queries.ruleSets();
	}

	@GetMapping("/rounds")
	@Operation(summary = "Các đợt đánh giá, xếp loại của đơn vị, cấp trên và cấp dưới")
	List<ClassificationViews.RoundSummary> rounds(@RequestParam(required = false) @Nullable Long unit) {
		return queries.rounds(queries.unitOrDefault(unit));
	}

	@PostMapping("/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Mở đợt đánh giá, xếp loại của năm cho đơn vị và cấp dưới")
	IdJson open(@Valid @RequestBody OpenRequest request) {
		return new IdJson(opening.open(new RoundOpening.Command(new OrgUnitId(request.unitId()), request.year(),
				request.selfDeadline(), request.appraisalDeadline(), request.decisionDeadline())).value());
	}

	@GetMapping("/rounds/{id}")
	@Operation(summary = "Tiến độ theo đơn vị và danh sách đối tượng của đợt (lọc theo đơn vị, bước, mức, loại đối tượng)")
	ClassificationViews.RoundPage round(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) vn.xdd.classification.@Nullable Stage stage,
			@RequestParam(required = false) @Nullable Level level,
			@RequestParam(required = false) vn.xdd.classification.@Nullable SubjectKind kind) {
		return queries.round(new RoundId(id), unit, stage, level, kind, null);
	}

	@PostMapping("/rounds/{id}/decisions")
	@Operation(summary = "Quyết định mọi đối tượng đã thẩm định theo mức thẩm định")
	CountJson decideAll(@PathVariable long id) {
		return new CountJson(decision.decideAppraised(new RoundId(id)));
	}

	@PostMapping("/rounds/{id}/publication")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Công bố kết quả của đợt (mọi đối tượng đánh giá đã có quyết định)")
	void publish(@PathVariable long id) {
		publication.publish(new RoundId(id));
	}

	@GetMapping("/rounds/{id}/report")
	@Operation(summary = "Bảng kết quả xếp loại, thay đổi khi thẩm định, kiểm tra hạn mức, hai năm liền không hoàn thành")
	ClassificationViews.Report report(@PathVariable long id) {
		return queries.report(new RoundId(id));
	}

	@GetMapping("/subjects/{id}")
	@Operation(summary = "Một đối tượng: đề xuất, những gì XDĐ đã biết, điều kiện của từng mức, lịch sử")
	SubjectJson subject(@PathVariable long id, Locale locale) {
		ClassificationViews.SubjectPage page = queries.subject(new SubjectId(id));
		List<LevelGatesJson> gates = new ArrayList<>();
		for (ClassificationViews.LevelGates g : page.gates()) {
			List<GateJson> failures = g.failures().stream()
				.map(f -> new GateJson(f.refusal().messageKey(),
						java.util.Objects.requireNonNullElse(messages.getMessage(f.refusal().messageKey(),
								resolved(f.refusal().arguments(), locale), f.refusal().messageKey(), locale), f.refusal().messageKey()),
						f.overrulable(), f.causeType(), f.causeId()))
				.toList();
			gates.add(new LevelGatesJson(g.level(), messages.getMessage(page.wording().messageKey(g.level(), page.row().kind()),
					null, locale), g.allowed(), g.allowedWithOverrule(), failures));
		}
		return new SubjectJson(page, gates);
	}

	@PostMapping("/subjects/{id}/self-assessment")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tự đánh giá: mức đề xuất, điểm hoặc mức từng tiêu chí, nhiệm vụ trong năm")
	void self(@PathVariable long id, @Valid @RequestBody SelfRequest request) {
		selfAssessment.assess(new SubjectId(id), new SelfAssessment.Entry(request.level(),
				request.points() == null ? Map.of() : request.points(), request.grades() == null ? Map.of() : request.grades(),
				new TaskFigures(request.tasksTotal(), request.tasksDone(), request.tasksOnTime(), request.tasksExceeded(),
						request.tasksBehind()),
				request.stateLevel(), text(request.note())), request.version());
	}

	@PostMapping("/subjects/{id}/comments")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Góp ý và biểu quyết của chi bộ hoặc tập thể")
	void comment(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
		comments.comment(new SubjectId(id), request.comment(), request.votesFor(), request.votesAgainst(), request.version());
	}

	@PostMapping("/subjects/{id}/appraisal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Thẩm định: mức đề xuất, lý do thay đổi, lý do vượt điều kiện (khi quy định cho phép)")
	void appraise(@PathVariable long id, @Valid @RequestBody AppraisalRequest request) {
		appraisal.appraise(new SubjectId(id), request.level(), text(request.reason()), text(request.overruleReason()),
				request.version());
	}

	@PostMapping("/subjects/{id}/decision")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Quyết định xếp loại của cấp có thẩm quyền")
	void decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		decision.decide(new SubjectId(id), request.level(), Boolean.TRUE.equals(request.outstanding()), text(request.reason()),
				request.version());
	}

	@PostMapping("/subjects/{id}/redo")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Hủy kết quả và xếp loại lại (khiếu nại, tố cáo, dấu hiệu vi phạm)")
	void redo(@PathVariable long id, @Valid @RequestBody RedoRequest request) {
		redo.redo(new SubjectId(id), request.reason());
	}

	@GetMapping("/members/{id}/results")
	@Operation(summary = "Kết quả xếp loại của đảng viên qua các năm, theo lời văn của quy định từng năm")
	List<ResultJson> memberResults(@PathVariable long id, Locale locale) {
		return queries.ofMember(new MemberId(id)).stream().map(r -> json(r, locale)).toList();
	}

	@PostMapping("/results")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nhập kết quả xếp loại của một năm trước đây (từ hồ sơ, sổ sách)")
	void enterPast(@Valid @RequestBody PastResultRequest request) {
		if ((request.memberId() == null) == (request.organizationId() == null)) {
			throw new BusinessRuleException("classification.error.oneSubject");
		}
		if (request.memberId() != null) {
			pastResults.enterForMember(new MemberId(request.memberId()), request.year(), request.level(), text(request.note()),
					"ENTERED");
		}
		else {
			pastResults.enterForOrganization(new OrgUnitId(java.util.Objects.requireNonNull(request.organizationId())),
					request.year(), request.level(), Boolean.TRUE.equals(request.outstanding()), text(request.note()), "ENTERED");
		}
	}

	private ResultJson json(YearResult r, Locale locale) {
		return new ResultJson(r.year(), r.kind().name(), r.unit().value(), r.unitName(), r.rating().ruleSet(),
				r.rating().level(), messages.getMessage(r.messageKey(), null, locale), r.rating().outstanding(), r.source());
	}

	private Object[] resolved(Object[] arguments, Locale locale) {
		Object[] out = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			out[i] = arguments[i] instanceof org.springframework.context.MessageSourceResolvable label
					? messages.getMessage(label, locale) : arguments[i];
		}
		return out;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
