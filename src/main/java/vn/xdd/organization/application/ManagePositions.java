package vn.xdd.organization.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.PositionAssignments;
import vn.xdd.organization.PositionKind;
import vn.xdd.organization.application.MemberEvents.PositionChanged;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Positions a member holds (chức vụ): party posts (Bí thư, Phó Bí thư, cấp ủy viên…) and
 * government posts (Chủ tịch UBND, trưởng phòng…), each with a start, an end and the decision.
 */
@Component
public class ManagePositions implements PositionAssignments {

	private final JdbcMembers members;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	public ManagePositions(JdbcMembers members, AccessScope scope, MemberAccess access,
			ApplicationEventPublisher events) {
		this.members = members;
		this.scope = scope;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public long assign(long memberId, OrgUnitId unit, String title, PositionKind kind, LocalDate from,
			@Nullable String decisionRef) {
		MemberRow member = editable(memberId);
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		String cleanTitle = title.strip();
		if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
			throw new BusinessRuleException("position.error.title");
		}
		if (!member.status().inChapter()) {
			throw new BusinessRuleException("member.error.notInChapter", new DefaultMessageSourceResolvable(member.status().messageKey()));
		}
		long id = members.insertPosition(memberId, unit.value(), cleanTitle, kind.name(), from, decisionRef);
		events.publishEvent(new PositionChanged(memberId, null,
				cleanTitle + " (" + kind + ") tại đơn vị " + unit + " từ " + from));
		return id;
	}

	@Transactional
	public void end(long positionId, LocalDate lastDay) {
		MemberPeriod position = members.position(positionId)
			.orElseThrow(() -> new NotFoundException("POSITION", Long.toString(positionId)));
		long memberId = members.positionOwner(positionId);
		editable(memberId);
		if (position.to() != null) {
			throw new BusinessRuleException("position.error.alreadyEnded");
		}
		if (lastDay.isBefore(position.from())) {
			throw new BusinessRuleException("position.error.endBeforeStart", VietnameseText.date(position.from()));
		}
		members.endPosition(positionId, lastDay);
		events.publishEvent(new PositionChanged(memberId, position.label() + " từ " + position.from(),
				"kết thúc " + lastDay));
	}

	private MemberRow editable(long memberId) {
		return access.requireEditable(memberId);
	}

	/** A position as it stands now (after an assignment or an end): for the page and the API to show. */
	@Transactional(readOnly = true)
	public MemberPeriod position(long positionId) {
		return members.position(positionId)
			.orElseThrow(() -> new vn.xdd.shared.NotFoundException("POSITION", Long.toString(positionId)));
	}

	/** A position named under another member's address does not exist there. */
	@Transactional(readOnly = true)
	public void requireHeldBy(long memberId, long positionId) {
		if (members.position(positionId).isEmpty() || members.positionOwner(positionId) != memberId) {
			throw new vn.xdd.shared.NotFoundException("POSITION", Long.toString(positionId));
		}
	}

	@Override
	@Transactional
	public void assign(MemberId member, OrgUnitId unit, String title, PositionKind kind, LocalDate from,
			@Nullable String decisionRef) {
		assign(member.value(), unit, title, kind, from, decisionRef);
	}
}
