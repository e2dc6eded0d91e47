package vn.xdd.review.register.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.xdd.files.FileId;
import vn.xdd.organization.MemberId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.NewShortcoming;
import vn.xdd.review.RemediationShare;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.register.application.AddEvidence;
import vn.xdd.review.register.application.MoveShortcoming;
import vn.xdd.review.register.application.ReadRegister;
import vn.xdd.review.register.application.RecordShortcoming;
import vn.xdd.review.register.application.RegisterQueries;
import vn.xdd.review.register.application.StoreEvidenceFiles;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** The shortcomings register: items, their status transitions, evidence, and shares remedied. */
@RestController
@RequestMapping("/api/v1/shortcomings")
@Tag(name = "Hạn chế, khuyết điểm", description = "Sổ theo dõi hạn chế, khuyết điểm và việc khắc phục")
class ShortcomingApiController {

	private final ReadRegister register;

	private final RegisterQueries queries;

	private final RecordShortcoming record;

	private final MoveShortcoming move;

	private final AddEvidence addEvidence;

	ShortcomingApiController(ReadRegister register, RegisterQueries queries, RecordShortcoming record,
			MoveShortcoming move, AddEvidence addEvidence) {
		this.register = register;
		this.queries = queries;
		this.record = record;
		this.move = move;
		this.addEvidence = addEvidence;
	}

	record ShortcomingJson(long id, String holderKind, long holderUnitId, @Nullable Long holderMemberId,
			String holderName, String text, String status, @Nullable LocalDate deadline, boolean overdue,
			List<String> tags, String sourceKind, @Nullable String sourceRef, @Nullable Long campaignId,
			@Nullable Long reviewId, @Nullable String cause, @Nullable String responsibility, String remedy,
			@Nullable String answerable, int version) {
	}

	record PageJson(long total, int page, int size, List<ShortcomingJson> items) {
	}

	record EventJson(String kind, @Nullable String from, @Nullable String to, @Nullable String note, String by,
			String at) {
	}

	record EvidenceJson(String note, @Nullable Long fileId, String by, String at) {
	}

	record DetailJson(ShortcomingJson item, List<EventJson> history, List<EvidenceJson> evidence) {
	}

	record CreateRequest(@NotBlank String sourceKind, @Nullable String sourceRef, @NotNull HolderKind holderKind,
			@Nullable Long holderUnitId, @Nullable Long holderMemberId, @NotBlank String text,
			@Nullable List<String> tags, @Nullable String cause, @Nullable String responsibility,
			@Nullable String remedy, @Nullable LocalDate deadline, @Nullable String answerable) {
	}

	/** A status transition: to IN_PROGRESS, REPORTED, VERIFIED, RETURNED (note = the reason) or CLOSED. */
	record TransitionRequest(@NotNull ShortcomingStatus to, @Nullable String note, @Nullable Integer version,
			@Nullable List<Long> fileIds) {
	}

	@GetMapping
	@Operation(summary = "Danh sách hạn chế, khuyết điểm của một đơn vị (và các đơn vị trực thuộc), có bộ lọc")
	PageJson list(@RequestParam long unit, @RequestParam(defaultValue = "true") boolean subtree,
			@RequestParam(required = false) @Nullable ShortcomingStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Long campaign,
			@RequestParam(required = false) @Nullable Long member, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int limit = Math.min(Math.max(size, 1), 500);
		ReadRegister.Page found = register.list(new ReadRegister.Listing(new OrgUnitId(unit), subtree, status,
				overdue, tag, campaign, member, q), Math.max(page, 0) * limit, limit);
		List<ShortcomingJson> items = new ArrayList<>();
		for (int i = 0; i < found.rows().size(); i++) {
			items.add(json(found.rows().get(i), found.summaries().get(i)));
		}
		return new PageJson(found.total(), Math.max(page, 0), limit, items);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một hạn chế, khuyết điểm với quá trình theo dõi và minh chứng")
	DetailJson get(@PathVariable long id) {
		ReadRegister.Item item = register.item(id);
		return new DetailJson(json(item.row(), item.summary()),
				register.history(item).stream().map(h -> new EventJson(h.kind(), h.fromStatus(), h.toStatus(), h.note(),
						h.by(), h.at().toString())).toList(),
				register.evidence(item).stream().map(e -> new EvidenceJson(e.note(), e.attachmentId(), e.by(),
						e.at().toString())).toList());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận một hạn chế, khuyết điểm (từ kiểm điểm, kết luận kiểm tra, giám sát, ý kiến cấp trên)")
	DetailJson create(@Valid @RequestBody CreateRequest r) {
		if (r.holderUnitId() == null && r.holderMemberId() == null) {
			throw new BusinessRuleException("shortcoming.error.holderRequired");
		}
		long id = record.record(new NewShortcoming(r.sourceKind(), r.sourceRef(), null, null, r.holderKind(),
				new OrgUnitId(Objects.requireNonNullElse(r.holderUnitId(), 0L)),
				r.holderMemberId() == null ? null : new MemberId(r.holderMemberId()), r.text(),
				r.tags() == null ? List.of() : r.tags(), r.cause(), r.responsibility(),
				r.remedy() == null ? "" : r.remedy(), r.deadline(), r.answerable())).value();
		return get(id);
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Chuyển trạng thái: IN_PROGRESS, REPORTED (kèm kết quả, tệp), VERIFIED, RETURNED (kèm lý do), CLOSED")
	DetailJson transition(@PathVariable long id, @Valid @RequestBody TransitionRequest r) {
		move.move(id, r.to(), r.version(), r.note(),
				r.fileIds() == null ? List.of() : r.fileIds().stream().map(FileId::new).toList());
		return get(id);
	}

	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Bổ sung minh chứng (ghi chú, tệp) cho một hạn chế, khuyết điểm")
	DetailJson evidence(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) throws IOException {
		register.item(id);
		List<StoreEvidenceFiles.Upload> uploads = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			uploads.add(new StoreEvidenceFiles.Upload(Objects.requireNonNullElse(f.getOriginalFilename(), "tep"), f.getBytes()));
		}
		addEvidence.addUploads(id, note, uploads);
		return get(id);
	}

	@GetMapping("/share")
	@Operation(summary = "Tỷ lệ hạn chế, khuyết điểm đã được xác nhận khắc phục của một tập thể (unit) hoặc cá nhân (member) trong một kỳ")
	RemediationShareJson share(@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long member, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		RemediationShare share;
		if (member != null) {
			share = queries.shareOfMember(new MemberId(member), from, to);
		}
		else if (unit != null) {
			share = queries.shareOfUnit(new OrgUnitId(unit), from, to);
		}
		else {
			throw new BusinessRuleException("shortcoming.error.holderRequired");
		}
		return new RemediationShareJson(share.total(), share.verified(), share.overdue(), share.percentVerified(),
				share.allRemedied());
	}

	record RemediationShareJson(long total, long verified, long overdue, int percentVerified, boolean allRemedied) {
	}

	private static ShortcomingJson json(ShortcomingRow r, ShortcomingSummary s) {
		return new ShortcomingJson(r.id(), r.holderKind().name(), r.holderUnitId(), r.holderMemberId(), s.holderName(),
				r.text(), r.status().name(), r.deadline(), s.overdue(), r.tags(), r.sourceKind(), r.sourceRef(),
				r.campaignId(), r.reviewId(), r.cause(), r.responsibility(), r.remedy(), r.answerable(), r.version());
	}
}
