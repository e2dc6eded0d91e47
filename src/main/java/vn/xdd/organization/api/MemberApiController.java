package vn.xdd.organization.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.api.MemberApiModels.CreateMemberRequest;
import vn.xdd.organization.api.MemberApiModels.EndPositionRequest;
import vn.xdd.organization.api.MemberApiModels.MemberJson;
import vn.xdd.organization.api.MemberApiModels.MemberPageJson;
import vn.xdd.organization.api.MemberApiModels.MemberSummaryJson;
import vn.xdd.organization.api.MemberApiModels.PositionJson;
import vn.xdd.organization.api.MemberApiModels.PositionRequest;
import vn.xdd.organization.api.MemberApiModels.StatusRequest;
import vn.xdd.organization.api.MemberApiModels.TransferRequest;
import vn.xdd.organization.api.MemberApiModels.UpdateMemberRequest;
import vn.xdd.organization.application.ChangeMemberStatus;
import vn.xdd.organization.application.ListMembers;
import vn.xdd.organization.application.ManagePositions;
import vn.xdd.organization.application.MemberListQuery;
import vn.xdd.organization.application.OpenMemberRecord;
import vn.xdd.organization.application.RegisterMember;
import vn.xdd.organization.application.TransferMember;
import vn.xdd.organization.application.UpdateMember;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * The member registry of the caller's scope: the list with the filters of the page, the record
 * with its history, and the changes the organisation board makes. A member outside the scope does
 * not exist (404); every opened record leaves a "READ" line in the audit trail.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Đảng viên", description = "Danh sách, hồ sơ và quá trình của đảng viên trong phạm vi người dùng")
class MemberApiController {

	private final ListMembers listMembers;

	private final OpenMemberRecord openRecord;

	private final RegisterMember registerMember;

	private final UpdateMember updateMember;

	private final ChangeMemberStatus changeStatus;

	private final TransferMember transferMember;

	private final ManagePositions positions;

	private final Clock clock;

	MemberApiController(ListMembers listMembers, OpenMemberRecord openRecord, RegisterMember registerMember,
			UpdateMember updateMember, ChangeMemberStatus changeStatus, TransferMember transferMember,
			ManagePositions positions, Clock clock) {
		this.listMembers = listMembers;
		this.openRecord = openRecord;
		this.registerMember = registerMember;
		this.updateMember = updateMember;
		this.changeStatus = changeStatus;
		this.transferMember = transferMember;
		this.positions = positions;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Danh sách đảng viên của một đơn vị và các đơn vị trực thuộc, theo thứ tự tên (tên trước, họ đệm sau), "
			+ "từng trang theo con trỏ")
	MemberPageJson list(
			@Parameter(description = "Đơn vị; bỏ trống: đơn vị làm việc") @RequestParam(required = false) @Nullable Long unit,
			@Parameter(description = "Tìm theo họ tên không dấu (\"nguyen van duc\"), hoặc đúng số thẻ đảng viên / số CCCD") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Trạng thái (lặp lại được); bỏ trống: đảng viên đang sinh hoạt") @RequestParam(required = false) @Nullable List<MemberStatus> status,
			@Parameter(description = "Giới tính") @RequestParam(required = false) @Nullable Sex sex,
			@Parameter(description = "Dân tộc (chỉ có tác dụng với vai trò được xem dân tộc)") @RequestParam(required = false) @Nullable String ethnicity,
			@Parameter(description = "Độ tuổi") @RequestParam(required = false) MemberListQuery.@Nullable AgeBand age,
			@Parameter(description = "Chức vụ đang giữ, đúng tên") @RequestParam(required = false) @Nullable String position,
			@Parameter(description = "Trình độ lý luận chính trị") @RequestParam(required = false) @Nullable PoliticalTheory theory,
			@Parameter(description = "Con trỏ trang sau (trường next của trang trước)") @RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = "Số dòng mỗi trang (1–200, mặc định 50)") @RequestParam(required = false) @Nullable Integer size) {
		MemberListQuery.Params params = new MemberListQuery.Params(unit, blank(q), status, sex, blank(ethnicity), age,
				blank(position), theory);
		ListMembers.Result result = listMembers.list(params, cursor, size == null ? ListMembers.DEFAULT_PAGE_SIZE : size);
		LocalDate today = LocalDate.now(clock);
		return new MemberPageJson(result.rows().stream().map(r -> MemberSummaryJson.of(r, today)).toList(),
				result.next(), result.total());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Hồ sơ và quá trình của một đảng viên (404 nếu ngoài phạm vi); mỗi lượt xem được ghi nhật ký")
	MemberJson get(@PathVariable long id) {
		return MemberJson.of(openRecord.open(id));
	}

	@PostMapping
	@Operation(summary = "Thêm đảng viên vào một chi bộ trong phạm vi (ADMIN hoặc Ban Tổ chức)")
	ResponseEntity<MemberJson> create(@Valid @RequestBody CreateMemberRequest request) {
		long id = registerMember.register(request.record(), new OrgUnitId(request.chapterId()), request.status(),
				MemberApiModels.blank(request.decisionRef()));
		return ResponseEntity.created(URI.create("/api/v1/members/" + id))
			.body(MemberJson.of(openRecord.reopenAfterChange(id)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Sửa hồ sơ đảng viên; hồ sơ đã bị người khác sửa sau phiên bản gửi lên thì trả 409")
	MemberJson update(@PathVariable long id, @Valid @RequestBody UpdateMemberRequest request) {
		updateMember.update(id, request.record(), request.version());
		return MemberJson.of(openRecord.reopenAfterChange(id));
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Chuyển trạng thái: công nhận chính thức (đủ 12 tháng dự bị), miễn sinh hoạt, đình chỉ, "
			+ "chuyển đi, từ trần, xóa tên, khai trừ, sinh hoạt trở lại")
	MemberJson status(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
		changeStatus.change(id, request.status(), request.from(), MemberApiModels.blank(request.decisionRef()),
				MemberApiModels.blank(request.note()), request.chapterId() == null ? null : new OrgUnitId(request.chapterId()));
		return MemberJson.of(openRecord.reopenAfterChange(id));
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "Chuyển sinh hoạt sang chi bộ khác trong phạm vi, từ một ngày")
	MemberJson transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
		transferMember.transfer(id, new OrgUnitId(request.chapterId()), request.from(),
				MemberApiModels.blank(request.decisionRef()));
		return MemberJson.of(openRecord.reopenAfterChange(id));
	}

	@PostMapping("/{id}/positions")
	@Operation(summary = "Giao một chức vụ đảng hoặc chính quyền, từ một ngày")
	ResponseEntity<PositionJson> assign(@PathVariable long id, @Valid @RequestBody PositionRequest request) {
		long positionId = positions.assign(id, new OrgUnitId(request.unitId()), request.title(), request.kind(),
				request.from(), MemberApiModels.blank(request.decisionRef()));
		return ResponseEntity.created(URI.create("/api/v1/members/" + id))
			.body(PositionJson.of(positions.position(positionId)));
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	@Operation(summary = "Kết thúc một chức vụ của đảng viên")
	PositionJson endPosition(@PathVariable long id, @PathVariable long positionId,
			@Valid @RequestBody EndPositionRequest request) {
		positions.requireHeldBy(id, positionId);
		positions.end(positionId, request.lastDay());
		return PositionJson.of(positions.position(positionId));
	}

	private static @Nullable String blank(@Nullable String value) {
		return MemberApiModels.blank(value);
	}
}
