package vn.xdd.review.reviews.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.organization.MemberId;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.ReviewContent;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.reviews.application.EditReview;
import vn.xdd.review.reviews.application.OpenReview;
import vn.xdd.review.reviews.application.ReadReview;
import vn.xdd.review.reviews.application.RecordReview;
import vn.xdd.review.reviews.application.SubmitReview;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Reviews of collectives and members in a campaign: record with the shortcomings it names (each
 * entered into the register), read, change a draft with its version, submit. The signed file is
 * uploaded on the review's page.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Bản kiểm điểm", description = "Kiểm điểm của tập thể và cá nhân trong một đợt kiểm điểm")
class ReviewApiController {

	/** A shortcoming named in a review. */
	record ShortcomingRequest(@Nullable String text, @Nullable List<String> tags, @Nullable String cause,
			@Nullable String responsibility, @Nullable String remedy, @Nullable LocalDate deadline,
			@Nullable String answerable) {

		ReviewContent.NewItem item() {
			return new ReviewContent.NewItem(text == null ? "" : text, tags == null ? List.of() : tags, cause,
					responsibility, remedy == null ? "" : remedy, deadline, answerable);
		}
	}

	/** The result of remedying an earlier item: IN_PROGRESS or REPORTED, with a note. */
	record RemedyResultRequest(long shortcomingId, ShortcomingStatus status, @Nullable String note) {
	}

	/** A review to record. */
	record CreateReviewRequest(@Nullable Long campaignId, @Nullable HolderKind subjectKind, @Nullable Long unitId,
			@Nullable Long memberId, @Nullable String strengths, @Nullable List<ShortcomingRequest> shortcomings,
			@Nullable List<RemedyResultRequest> remedyResults) {
	}

	/** A change of a draft read at {@code version}. */
	record UpdateReviewRequest(int version, @Nullable String strengths, @Nullable List<ShortcomingRequest> shortcomings,
			@Nullable List<RemedyResultRequest> remedyResults) {
	}

	/** Submitting a draft read at {@code version}. */
	record SubmitRequest(int version) {
	}

	/** A shortcoming recorded by the review, as the register holds it now. */
	record ShortcomingJson(long id, String text, ShortcomingStatus status, List<String> tags, @Nullable String cause,
			@Nullable String responsibility, String remedy, @Nullable LocalDate deadline, @Nullable String answerable) {
	}

	/** A review. */
	record ReviewJson(long id, long campaignId, HolderKind subjectKind, long unitId, @Nullable Long memberId,
			String subjectName, String strengths, String status, @Nullable Long signedFileId,
			@Nullable Instant submittedAt, @Nullable String submittedBy, int version, List<ShortcomingJson> shortcomings) {
	}

	private final RecordReview recordReview;

	private final EditReview editReview;

	private final SubmitReview submitReview;

	private final OpenReview openReview;

	private final ReadReview read;

	ReviewApiController(RecordReview recordReview, EditReview editReview, SubmitReview submitReview,
			OpenReview openReview, ReadReview read) {
		this.recordReview = recordReview;
		this.editReview = editReview;
		this.submitReview = submitReview;
		this.openReview = openReview;
		this.read = read;
	}

	@PostMapping
	@Operation(summary = "Ghi bản kiểm điểm (bản nháp) của một tập thể hoặc đảng viên, cùng các hạn chế, khuyết điểm")
	ResponseEntity<ReviewJson> create(@RequestBody CreateReviewRequest request) {
		if (request.campaignId() == null || request.subjectKind() == null) {
			throw new BusinessRuleException("review.error.missingFields");
		}
		long id = recordReview.record(new CampaignId(request.campaignId()), request.subjectKind(),
				request.unitId() == null ? null : new OrgUnitId(request.unitId()),
				request.memberId() == null ? null : new MemberId(request.memberId()),
				content(request.strengths(), request.shortcomings(), request.remedyResults())).value();
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + id)).body(json(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một bản kiểm điểm (404 nếu ngoài phạm vi)")
	ReviewJson get(@PathVariable long id) {
		return json(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa bản nháp với phiên bản đã đọc; các hạn chế mới được thêm vào sổ theo dõi")
	ReviewJson update(@PathVariable long id, @RequestBody UpdateReviewRequest request) {
		editReview.edit(id, request.version(),
				content(request.strengths(), request.shortcomings(), request.remedyResults()));
		return json(id);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Nộp bản kiểm điểm; sau khi nộp không sửa được")
	ReviewJson submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		submitReview.submit(new vn.xdd.review.ReviewId(id), request.version());
		return json(id);
	}

	private static ReviewContent content(@Nullable String strengths, @Nullable List<ShortcomingRequest> items,
			@Nullable List<RemedyResultRequest> results) {
		return new ReviewContent(strengths == null ? "" : strengths,
				items == null ? List.of() : items.stream().map(ShortcomingRequest::item).toList(),
				results == null ? List.of()
						: results.stream()
							.map(r -> new ReviewContent.RemedyResult(new ShortcomingId(r.shortcomingId()), r.status(),
									r.note() == null ? "" : r.note()))
							.toList(),
				null);
	}

	private ReviewJson json(long id) {
		OpenReview.Opened opened = openReview.open(id);
		var r = opened.review();
		List<ShortcomingJson> items = read.itemsOf(r)
			.stream()
			.map(s -> new ShortcomingJson(s.id(), s.text(), s.status(), s.tags(), s.cause(), s.responsibility(),
					s.remedy(), s.deadline(), s.answerable()))
			.toList();
		return new ReviewJson(r.id(), r.campaign().value(), r.subjectKind(), r.unit().value(),
				r.member() == null ? null : r.member().value(), opened.subject().name(), r.strengths(),
				r.submitted() ? "SUBMITTED" : "DRAFT", r.signedFile() == null ? null : r.signedFile().value(),
				r.submittedAt(), r.submittedBy(), r.version(), items);
	}
}
