package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberTransfers;
import vn.xdd.organization.application.MemberEvents.MemberTransferred;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.MemberRules;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * Moves a member to another chapter of the tree from a date (chuyển sinh hoạt đảng): one
 * operation that ends the old membership the day before and opens the new one, so the member's
 * memberships never overlap and never leave a gap.
 */
@Component
public class TransferMember implements MemberTransfers {

	private final JdbcMembers members;

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public TransferMember(JdbcMembers members, JdbcOrgUnits units, AccessScope scope, MemberAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.units = units;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void transfer(long memberId, OrgUnitId to, LocalDate from, @Nullable String decisionRef) {
		MemberRow member = members.find(memberId)
			.orElseThrow(() -> new NotFoundException("MEMBER", Long.toString(memberId)));
		OrgUnitId unit = new OrgUnitId(member.unitId());
		scope.requireReach(unit, "MEMBER", Long.toString(memberId));
		scope.requireReach(to, "ORG_UNIT", to.toString());
		if (!access.canEdit(unit) || !access.canEdit(to)) {
			throw new PermissionDeniedException("member.error.notAllowed");
		}
		List<MemberRules.Post> ending = new ArrayList<>();
		for (MemberPeriod position : members.openPositions(memberId)) {
			// The posts held in the old chapter end the day before the transfer.
			Long positionUnit = position.unitId();
			if (positionUnit != null && positionUnit == member.unitId()) {
				ending.add(new MemberRules.Post(position.label(), position.from()));
			}
		}
		LocalDate membershipFrom = members.currentMembership(memberId).map(MemberPeriod::from).orElse(null);
		MemberRuleLists.enforce(MemberRules.TRANSFER, new MemberRules.Transfer(member.status(), unit, to, from,
				LocalDate.now(clock), membershipFrom, ending));
		RegisterMember.requireOpenChapter(units, to, from);
		members.transfer(memberId, to.value(), from, decisionRef, null);
		String target = units.find(to).map(u -> u.name()).orElse(to.toString());
		events.publishEvent(new MemberTransferred(memberId, member.unitName(),
				target + " từ " + from + (decisionRef == null ? "" : " (" + decisionRef + ")")));
	}

	@Override
	@Transactional
	public void transfer(MemberId member, OrgUnitId to, LocalDate from, @Nullable String decisionRef) {
		transfer(member.value(), to, from, decisionRef);
	}
}
