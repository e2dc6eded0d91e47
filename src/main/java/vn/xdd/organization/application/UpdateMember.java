package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.application.MemberEvents.MemberUpdated;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.organization.domain.MemberRecordRules;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.Violation;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Corrects a member's record. Two people editing one record never lose an update: the change
 * carries the version it was made on, and a stale version is refused with a clear message.
 */
@Component
public class UpdateMember {

	private final JdbcMembers members;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public UpdateMember(JdbcMembers members, AccessScope scope, MemberAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.members = members;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void update(long memberId, MemberRecord record, int version) {
		MemberRow current = access.requireEditable(memberId);
		OrgUnitId unit = new OrgUnitId(current.unitId());
		if (!access.canReadSensitive(unit)) {
			// Whoever may not see ethnicity and religion cannot change them either.
			record = record.withSensitiveOf(current.record());
		}
		List<Violation> violations = correctionViolations(current, record, LocalDate.now(clock));
		violations.addAll(RegisterMember.uniqueness(members, record, memberId));
		if (!violations.isEmpty()) {
			throw new MemberRecordInvalid(violations);
		}
		members.update(memberId, record, version);
		events.publishEvent(new MemberUpdated(memberId, changes(current.record(), record, true),
				changes(current.record(), record, false)));
	}

	/** What a correction of {@code current}'s record breaks: one list for forms, the API and imports. */
	static List<Violation> correctionViolations(MemberRow current, MemberRecord record, LocalDate today) {
		List<Violation> violations = new ArrayList<>(MemberRecordRules.check(record, today));
		// The full-membership date is set by the status change to FULL, and never removed afterwards.
		if (current.status() == MemberStatus.PROBATIONARY && record.fullMemberOn() != null) {
			violations.add(new Violation(MemberField.FULL_MEMBER_ON, "member.error.probationaryWithFullDate"));
		}
		if (current.record().fullMemberOn() != null && record.fullMemberOn() == null) {
			violations.add(new Violation(MemberField.FULL_MEMBER_ON, "member.error.fullDateRequired"));
		}
		return violations;
	}

	/** The fields that changed, old or new values; sensitive fields are named, never written out. */
	static String changes(MemberRecord before, MemberRecord after, boolean old) {
		StringBuilder out = new StringBuilder();
		field(out, "họ tên", before.fullName(), after.fullName(), old, false);
		field(out, "ngày sinh", before.birthDate(), after.birthDate(), old, false);
		field(out, "giới tính", before.sex(), after.sex(), old, false);
		field(out, "dân tộc", before.ethnicity(), after.ethnicity(), old, true);
		field(out, "tôn giáo", before.religion(), after.religion(), old, true);
		field(out, "quê quán", before.homeTown(), after.homeTown(), old, false);
		field(out, "nơi ở", before.residence(), after.residence(), old, false);
		field(out, "CCCD", before.citizenId(), after.citizenId(), old, false);
		field(out, "số thẻ", before.partyCardNo(), after.partyCardNo(), old, false);
		field(out, "số lý lịch", before.memberFileNo(), after.memberFileNo(), old, false);
		field(out, "ngày vào Đảng", before.admittedOn(), after.admittedOn(), old, false);
		field(out, "ngày chính thức", before.fullMemberOn(), after.fullMemberOn(), old, false);
		field(out, "học vấn", before.education(), after.education(), old, false);
		field(out, "chuyên môn", before.qualification(), after.qualification(), old, false);
		field(out, "lý luận chính trị", before.politicalTheory(), after.politicalTheory(), old, false);
		field(out, "điện thoại", before.phone(), after.phone(), old, false);
		return out.toString();
	}

	private static void field(StringBuilder out, String label, @Nullable Object a, @Nullable Object b, boolean old, boolean sensitive) {
		if (Objects.equals(a, b)) {
			return;
		}
		if (!out.isEmpty()) {
			out.append("; ");
		}
		out.append(label).append(": ").append(sensitive ? "(dữ liệu nhạy cảm)" : String.valueOf(old ? a : b));
	}
}
