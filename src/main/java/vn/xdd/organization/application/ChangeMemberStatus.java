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
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.MemberStatusChanges;
import vn.xdd.organization.PositionKind;
import vn.xdd.organization.application.MemberEvents.MemberStatusChanged;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.MemberRules;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * Records a member's new status from a date: recognised as full member (after 12 months of
 * probation, Điều lệ Đảng, Điều 5), exempted, suspended, transferred out, deceased, removed from
 * the list, expelled, or back into a chapter. Only the transitions of {@link MemberStatus#next()}.
 */
@Component
public class ChangeMemberStatus implements MemberStatusChanges {

	private final JdbcMembers members;

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ChangeMemberStatus(JdbcMembers members, JdbcOrgUnits units, AccessScope scope, MemberAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.units = units;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param chapter the chapter a member coming back joins (required only for a member outside
	 *        any chapter now)
	 */
	@Transactional
	public void change(long memberId, MemberStatus status, LocalDate from, @Nullable String decisionRef,
			@Nullable String note, @Nullable OrgUnitId chapter) {
		MemberRow member = access.requireEditable(memberId);
		MemberRuleLists.enforce(MemberRules.CHANGE_STATUS, new MemberRules.StatusChange(member.status(), status, from,
				LocalDate.now(clock), member.statusSince(), member.record().admittedOn(), member.record().fullMemberOn()));
		LocalDate fullMemberOn = member.status() == MemberStatus.PROBATIONARY && status == MemberStatus.FULL ? from
				: null;
		if (member.status().inChapter() && !status.inChapter()) {
			requireLeavingAfterStarts(member, status, from);
		}
		boolean comingBack = !member.status().inChapter() && status.inChapter();
		if (comingBack) {
			if (chapter == null) {
				throw new BusinessRuleException("member.error.chapterRequired");
			}
			scope.requireReach(chapter, "ORG_UNIT", chapter.toString());
			if (!access.canEdit(chapter)) {
				throw new PermissionDeniedException("member.error.notAllowed");
			}
			RegisterMember.requireOpenChapter(units, chapter, from);
		}
		members.changeStatus(memberId, status, from, decisionRef, note, fullMemberOn);
		if (comingBack && chapter != null) {
			members.rejoin(memberId, chapter.value(), from, decisionRef);
		}
		events.publishEvent(new MemberStatusChanged(memberId, member.status().name(),
				status.name() + " từ " + from + (decisionRef == null ? "" : " (" + decisionRef + ")")));
	}

	/**
	 * Leaving the chapter ends the membership and the posts that end with it the day before
	 * {@code from}: each must have started before that day, or its period would end before it began.
	 */
	private void requireLeavingAfterStarts(MemberRow member, MemberStatus status, LocalDate from) {
		List<MemberRules.Post> ending = new ArrayList<>();
		for (MemberPeriod position : members.openPositions(member.id())) {
			if (position.kind().equals(PositionKind.PARTY.name()) || status == MemberStatus.DECEASED) {
				ending.add(new MemberRules.Post(position.label(), position.from()));
			}
		}
		LocalDate membershipFrom = members.currentMembership(member.id()).map(MemberPeriod::from).orElse(null);
		MemberRuleLists.enforce(MemberRules.LEAVE_CHAPTER, new MemberRules.Leaving(from, membershipFrom, ending));
	}

	@Override
	@Transactional
	public void change(MemberId member, MemberStatus status, LocalDate from, @Nullable String decisionRef,
			@Nullable String note, @Nullable OrgUnitId chapter) {
		change(member.value(), status, from, decisionRef, note, chapter);
	}
}
