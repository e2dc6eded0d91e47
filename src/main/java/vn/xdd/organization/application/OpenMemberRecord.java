package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.application.MemberEvents.MemberRecordRead;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.Probation;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * Opens a member's full record with its history. Who may: the roles that read members, in scope of
 * the member's chapter, and the member whose account is linked to the record. Ethnicity and
 * religion leave the registry only for the roles allowed to see them. Every opening is a read of
 * personal data and leaves a line in the audit trail, whoever opens it.
 */
@Component
public class OpenMemberRecord {

	/**
	 * A record as the user may see it.
	 *
	 * @param member the record, without ethnicity and religion unless {@code sensitiveVisible}
	 * @param timeline statuses, chapters and positions with their dates
	 * @param editable whether the user may change the record, its status, chapter and positions
	 * @param nextStatuses the statuses the member may move to now
	 * @param reviewDue whether the member is due for recognition as full member
	 */
	public record Opened(MemberRow member, List<MemberPeriod> timeline, boolean sensitiveVisible,
			boolean editable, List<MemberStatus> nextStatuses, boolean reviewDue) {
	}

	private final JdbcMembers members;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public OpenMemberRecord(JdbcMembers members, AccessScope scope, MemberAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Opened open(long memberId) {
		MemberRow member = readable(memberId);
		events.publishEvent(new MemberRecordRead(memberId));
		return opened(member);
	}

	/** The record for its edit form: only for the roles that change records. */
	@Transactional(readOnly = true)
	public Opened openForEdit(long memberId) {
		MemberRow member = readable(memberId);
		if (!access.canEdit(new OrgUnitId(member.unitId()))) {
			throw new PermissionDeniedException("member.error.notAllowed");
		}
		events.publishEvent(new MemberRecordRead(memberId));
		return opened(member);
	}

	/**
	 * The record just written by the user, shown back to them (the API's answer to a change): the
	 * same checks, but not a new read of the trail — the change has its own line.
	 */
	@Transactional(readOnly = true)
	public Opened reopenAfterChange(long memberId) {
		return opened(readable(memberId));
	}

	private MemberRow readable(long memberId) {
		MemberRow member = members.find(memberId)
			.orElseThrow(() -> new NotFoundException("MEMBER", Long.toString(memberId)));
		if (!access.isOwnRecord(memberId)) {
			OrgUnitId unit = new OrgUnitId(member.unitId());
			scope.requireReach(unit, "MEMBER", Long.toString(memberId));
			if (!access.canRead(unit)) {
				throw new AccessDeniedException("member " + memberId);
			}
		}
		return member;
	}

	private Opened opened(MemberRow member) {
		OrgUnitId unit = new OrgUnitId(member.unitId());
		boolean sensitive = access.canReadSensitive(unit);
		boolean editable = access.canEdit(unit);
		MemberRow shown = sensitive ? member
				: new MemberRow(member.id(), member.record().withoutSensitive(), member.status(), member.statusSince(),
						member.unitId(), member.unitName(), member.version(), member.currentPositions());
		List<MemberStatus> next = member.status().next().stream().sorted().toList();
		return new Opened(shown, members.timeline(member.id()), sensitive, editable, next,
				Probation.reviewDue(member.status(), member.record().admittedOn(), LocalDate.now(clock)));
	}
}
