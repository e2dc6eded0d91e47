package vn.xdd.review.campaign.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignKind;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.review.HolderKind;
import vn.xdd.review.NewCampaign;
import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.application.CloseCampaign;
import vn.xdd.review.campaign.application.OpenCampaign;
import vn.xdd.review.campaign.application.TrackCampaign;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Review campaigns the caller takes part in, opening and closing them, and their tracker. */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Đợt kiểm điểm", description = "Đợt kiểm điểm tự phê bình và phê bình, theo dõi tiến độ nộp bản kiểm điểm")
class CampaignApiController {

	/** A campaign in lists. */
	record CampaignSummaryJson(long id, long unitId, String name, CampaignKind kind, LocalDate periodFrom,
			LocalDate periodTo, boolean open) {

		static CampaignSummaryJson of(CampaignSummary c) {
			return new CampaignSummaryJson(c.id().value(), c.unit().value(), c.name(), c.kind(), c.periodFrom(),
					c.periodTo(), c.open());
		}
	}

	/** A campaign with its deadlines and taxonomies. */
	record CampaignJson(long id, long unitId, String name, CampaignKind kind, LocalDate periodFrom, LocalDate periodTo,
			@Nullable LocalDate collectiveDeadline, @Nullable LocalDate individualDeadline, String status,
			List<String> taxonomies, String createdBy, int version) {

		static CampaignJson of(CampaignRecord c) {
			return new CampaignJson(c.id().value(), c.unit().value(), c.name(), c.kind(), c.periodFrom(), c.periodTo(),
					c.collectiveDeadline(), c.individualDeadline(), c.open() ? "OPEN" : "CLOSED", c.taxonomyCodes(),
					c.createdBy(), c.version());
		}
	}

	/** What opens a campaign. */
	record OpenCampaignRequest(@Nullable Long unitId, @Nullable String name, @Nullable CampaignKind kind,
			@Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable LocalDate collectiveDeadline,
			@Nullable LocalDate individualDeadline, @Nullable List<String> taxonomies) {
	}

	/** Closing a campaign read at a version. */
	record CloseRequest(int version) {
	}

	/** Counts of one unit in the tracker. */
	record RowJson(long unitId, String name, String type, boolean self, int expectedCollectives,
			int submittedCollectives, int expectedIndividuals, int submittedIndividuals) {

		static RowJson of(TrackCampaign.Row r) {
			return new RowJson(r.unit().value(), r.name(), r.typeCode(), r.self(), r.expectedCollectives(),
					r.submittedCollectives(), r.expectedIndividuals(), r.submittedIndividuals());
		}
	}

	/** A subject of the root unit expected to submit. */
	record SubjectJson(HolderKind kind, long unitId, @Nullable Long memberId, String name, @Nullable Long reviewId,
			boolean submitted) {
	}

	/** The tracker rooted at one unit. */
	record TrackerJson(long campaignId, long unitId, RowJson total, List<RowJson> rows, List<SubjectJson> subjects) {
	}

	private final Campaigns campaigns;

	private final CampaignAccess access;

	private final OpenCampaign openCampaign;

	private final CloseCampaign closeCampaign;

	private final TrackCampaign trackCampaign;

	CampaignApiController(Campaigns campaigns, CampaignAccess access, OpenCampaign openCampaign,
			CloseCampaign closeCampaign, TrackCampaign trackCampaign) {
		this.campaigns = campaigns;
		this.access = access;
		this.openCampaign = openCampaign;
		this.closeCampaign = closeCampaign;
		this.trackCampaign = trackCampaign;
	}

	@GetMapping
	@Operation(summary = "Các đợt kiểm điểm người dùng tham gia (do đơn vị trong phạm vi hoặc cấp trên mở), mới nhất trước")
	List<CampaignSummaryJson> list() {
		return campaigns.visible().stream().map(CampaignSummaryJson::of).toList();
	}

	@PostMapping
	@Operation(summary = "Mở đợt kiểm điểm cho một đơn vị và các đơn vị trực thuộc (thường trực, ban tổ chức hoặc quản trị)")
	ResponseEntity<CampaignJson> open(@RequestBody OpenCampaignRequest request) {
		if (request.unitId() == null || request.periodFrom() == null || request.periodTo() == null) {
			throw new BusinessRuleException("campaign.error.missingFields");
		}
		CampaignId id = openCampaign.open(new NewCampaign(new OrgUnitId(request.unitId()),
				request.name() == null ? "" : request.name(), request.kind() == null ? CampaignKind.ANNUAL : request.kind(),
				request.periodFrom(), request.periodTo(), request.collectiveDeadline(), request.individualDeadline(),
				request.taxonomies() == null ? List.of() : request.taxonomies()));
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id.value()))
			.body(CampaignJson.of(access.requireVisible(id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đợt kiểm điểm (404 nếu người dùng không tham gia)")
	CampaignJson get(@PathVariable long id) {
		return CampaignJson.of(access.requireVisible(new CampaignId(id)));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Kết thúc đợt kiểm điểm, với phiên bản đã đọc")
	CampaignJson close(@PathVariable long id, @RequestBody CloseRequest request) {
		closeCampaign.close(new CampaignId(id), request.version());
		return CampaignJson.of(access.requireVisible(new CampaignId(id)));
	}

	@GetMapping("/{id}/tracker")
	@Operation(summary = "Tiến độ nộp bản kiểm điểm theo từng đơn vị trực thuộc của một đơn vị (mặc định: đơn vị mở đợt)")
	TrackerJson tracker(@PathVariable long id, @RequestParam(required = false) @Nullable Long unit) {
		TrackCampaign.Tracker t = trackCampaign.track(new CampaignId(id), unit == null ? null : new OrgUnitId(unit));
		return new TrackerJson(id, t.root().id().value(), RowJson.of(t.total()),
				t.rows().stream().map(RowJson::of).toList(),
				t.subjects().stream()
					.map(s -> new SubjectJson(s.kind(), s.unit().value(),
							s.member() == null ? null : s.member().value(), s.name(), s.reviewId(),
							s.submitted()))
					.toList());
	}
}
