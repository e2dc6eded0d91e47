package vn.xdd.organization.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.PositionKind;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.ManagePositions;
import vn.xdd.organization.application.OpenMemberRecord;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.Probation;

/** Request and response bodies of the members API; persistence rows never leave as they are. */
final class MemberApiModels {

	private MemberApiModels() {
	}

	@Schema(description = "Một trang danh sách đảng viên")
	record MemberPageJson(List<MemberSummaryJson> items,
			@Schema(description = "Con trỏ của trang sau (tham số cursor); null ở trang cuối") @Nullable String next,
			@Schema(description = "Tổng số đảng viên khớp bộ lọc") long total) {
	}

	@Schema(description = "Một dòng của danh sách đảng viên")
	record MemberSummaryJson(long id, String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex, long chapterId,
			String chapterName, MemberStatus status, LocalDate statusSince,
			@Schema(description = "Đảng viên dự bị đã đủ 12 tháng: đến hạn xét công nhận chính thức") boolean reviewDue,
			@Schema(description = "Các chức vụ đang giữ") @Nullable String currentPositions) {

		static MemberSummaryJson of(MemberRow row, LocalDate today) {
			MemberRecord r = row.record();
			return new MemberSummaryJson(row.id(), r.fullName(), r.birthDate(), r.sex(), row.unitId(), row.unitName(),
					row.status(), row.statusSince(), Probation.reviewDue(row.status(), r.admittedOn(), today),
					row.currentPositions());
		}
	}

	@Schema(description = "Một khoảng thời gian trong quá trình của đảng viên")
	record PeriodJson(long id, @Schema(description = "Trạng thái, tên chi bộ hoặc chức vụ") String label,
			@Nullable Long unitId, @Nullable String unitName, LocalDate from,
			@Schema(description = "Ngày cuối; null nếu còn hiệu lực") @Nullable LocalDate to,
			@Nullable String decisionRef) {

		static PeriodJson of(MemberPeriod p) {
			return new PeriodJson(p.id(), p.label(), p.unitId(), p.unitName(), p.from(), p.to(), p.decisionRef());
		}
	}

	@Schema(description = "Chức vụ của đảng viên")
	record PositionJson(long id, String title, PositionKind kind, @Nullable Long unitId,
			@Nullable String unitName, LocalDate from, @Nullable LocalDate to, @Nullable String decisionRef) {

		static PositionJson of(MemberPeriod p) {
			return new PositionJson(p.id(), p.label(), PositionKind.valueOf(p.kind()), p.unitId(), p.unitName(),
					p.from(), p.to(), p.decisionRef());
		}
	}

	@Schema(description = "Quá trình: trạng thái, sinh hoạt tại chi bộ và chức vụ, cũ trước")
	record TimelineJson(List<PeriodJson> statuses, List<PeriodJson> memberships, List<PositionJson> positions) {

		static TimelineJson of(List<MemberPeriod> periods) {
			return new TimelineJson(
					periods.stream().filter(p -> p.kind().equals("STATUS")).map(PeriodJson::of).toList(),
					periods.stream().filter(p -> p.kind().equals("MEMBERSHIP")).map(PeriodJson::of).toList(),
					periods.stream()
						.filter(p -> !p.kind().equals("STATUS") && !p.kind().equals("MEMBERSHIP"))
						.map(PositionJson::of)
						.toList());
		}
	}

	@Schema(description = "Hồ sơ đảng viên. Dân tộc và tôn giáo chỉ có khi vai trò được xem (sensitiveVisible)")
	record MemberJson(long id, String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String ethnicity,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String religion, @Nullable String homeTown,
			@Nullable String residence, @Nullable String citizenId, @Nullable String partyCardNo,
			@Nullable String memberFileNo, @Nullable LocalDate admittedOn, @Nullable LocalDate fullMemberOn,
			@Nullable String education, @Nullable String qualification, @Nullable PoliticalTheory politicalTheory,
			@Nullable String phone, MemberStatus status, LocalDate statusSince, long chapterId, String chapterName,
			@Schema(description = "Phiên bản hồ sơ, gửi lại khi cập nhật (PUT)") int version,
			@Schema(description = "Vai trò được xem dân tộc, tôn giáo") boolean sensitiveVisible,
			@Schema(description = "Vai trò được sửa hồ sơ") boolean editable,
			@Schema(description = "Các trạng thái có thể chuyển sang") List<MemberStatus> nextStatuses,
			boolean reviewDue, @Nullable String currentPositions, TimelineJson timeline) {

		static MemberJson of(OpenMemberRecord.Opened opened) {
			MemberRow row = opened.member();
			MemberRecord r = row.record();
			return new MemberJson(row.id(), r.fullName(), r.birthDate(), r.sex(),
					opened.sensitiveVisible() ? r.ethnicity() : null, opened.sensitiveVisible() ? r.religion() : null,
					r.homeTown(), r.residence(), r.citizenId(), r.partyCardNo(), r.memberFileNo(), r.admittedOn(),
					r.fullMemberOn(), r.education(), r.qualification(), r.politicalTheory(), r.phone(), row.status(),
					row.statusSince(), row.unitId(), row.unitName(), row.version(), opened.sensitiveVisible(),
					opened.editable(), opened.nextStatuses(), opened.reviewDue(), row.currentPositions(),
					TimelineJson.of(opened.timeline()));
		}
	}

	@Schema(description = "Thêm đảng viên vào một chi bộ")
	record CreateMemberRequest(@Schema(description = "Chi bộ sinh hoạt") @NotNull Long chapterId,
			@Schema(description = "Trạng thái ban đầu; bỏ trống: chính thức nếu có ngày chính thức, dự bị nếu không") @Nullable MemberStatus status,
			@Schema(description = "Số quyết định kết nạp hoặc tiếp nhận") @Nullable String decisionRef,
			@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable String ethnicity,
			@Nullable String religion, @Nullable String homeTown, @Nullable String residence,
			@Nullable String citizenId, @Nullable String partyCardNo, @Nullable String memberFileNo,
			@Nullable LocalDate admittedOn, @Nullable LocalDate fullMemberOn, @Nullable String education,
			@Nullable String qualification, @Nullable PoliticalTheory politicalTheory, @Nullable String phone) {

		MemberRecord record() {
			return new MemberRecord(fullName == null ? "" : fullName, birthDate, sex, blank(ethnicity), blank(religion),
					blank(homeTown), blank(residence), blank(citizenId), blank(partyCardNo), blank(memberFileNo),
					admittedOn, fullMemberOn, blank(education), blank(qualification), politicalTheory, blank(phone));
		}
	}

	@Schema(description = "Sửa hồ sơ đảng viên: toàn bộ các trường, kèm phiên bản đã đọc")
	record UpdateMemberRequest(
			@Schema(description = "Phiên bản hồ sơ lúc đọc; khác phiên bản hiện tại thì bị từ chối (409)") @NotNull Integer version,
			@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable String ethnicity,
			@Nullable String religion, @Nullable String homeTown, @Nullable String residence,
			@Nullable String citizenId, @Nullable String partyCardNo, @Nullable String memberFileNo,
			@Nullable LocalDate admittedOn, @Nullable LocalDate fullMemberOn, @Nullable String education,
			@Nullable String qualification, @Nullable PoliticalTheory politicalTheory, @Nullable String phone) {

		MemberRecord record() {
			return new MemberRecord(fullName == null ? "" : fullName, birthDate, sex, blank(ethnicity), blank(religion),
					blank(homeTown), blank(residence), blank(citizenId), blank(partyCardNo), blank(memberFileNo),
					admittedOn, fullMemberOn, blank(education), blank(qualification), politicalTheory, blank(phone));
		}
	}

	@Schema(description = "Chuyển trạng thái đảng viên")
	record StatusRequest(@NotNull MemberStatus status, @Schema(description = "Ngày hiệu lực") @NotNull LocalDate from,
			@Nullable String decisionRef, @Nullable String note,
			@Schema(description = "Chi bộ sinh hoạt trở lại (chỉ khi đảng viên đang ngoài chi bộ)") @Nullable Long chapterId) {
	}

	@Schema(description = "Chuyển sinh hoạt sang chi bộ khác trong phạm vi")
	record TransferRequest(@NotNull Long chapterId, @Schema(description = "Ngày bắt đầu sinh hoạt ở chi bộ mới") @NotNull LocalDate from,
			@Nullable String decisionRef) {
	}

	@Schema(description = "Bổ nhiệm, phân công một chức vụ")
	record PositionRequest(@NotNull Long unitId, @NotBlank String title, @NotNull PositionKind kind,
			@NotNull LocalDate from, @Nullable String decisionRef) {
	}

	@Schema(description = "Kết thúc một chức vụ")
	record EndPositionRequest(@Schema(description = "Ngày cuối giữ chức vụ") @NotNull LocalDate lastDay) {
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
