package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberEntry;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberRegistration;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.application.MemberEvents.MemberRegistered;
import vn.xdd.organization.domain.MemberRecordRules;
import vn.xdd.organization.domain.MemberRules;
import vn.xdd.organization.domain.Violation;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * Enters a member into the registry in a chapter. The record must satisfy
 * {@link MemberRecordRules}; party-card number and citizen ID are unique in the registry.
 */
@Component
public class RegisterMember implements MemberRegistration {

	private final JdbcMembers members;

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public RegisterMember(JdbcMembers members, JdbcOrgUnits units, AccessScope scope, MemberAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.units = units;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param status the status to start in; null for the record's own (full with a full-membership
	 *        date, probationary without)
	 */
	@Transactional
	public long register(MemberRecord record, OrgUnitId chapter, @Nullable MemberStatus status,
			@Nullable String decisionRef) {
		scope.requireReach(chapter, "ORG_UNIT", chapter.toString());
		if (!access.canEdit(chapter)) {
			throw new PermissionDeniedException("member.error.notAllowed");
		}
		if (!access.canReadSensitive(chapter)) {
			// Whoever may not see ethnicity and religion cannot record them either.
			record = record.withoutSensitive();
		}
		LocalDate today = LocalDate.now(clock);
		requireOpenChapter(units, chapter, today);
		MemberStatus initial = status == null ? record.initialStatus() : status;
		List<Violation> violations = newRecordViolations(record, initial, today);
		violations.addAll(uniqueness(members, record, 0));
		if (!violations.isEmpty()) {
			throw new MemberRecordInvalid(violations);
		}
		long id = members.insert(record, chapter.value(), initial, statusSince(record, initial, today), decisionRef);
		events.publishEvent(new MemberRegistered(id, record.fullName() + ", " + initial + ", đơn vị " + chapter));
		return id;
	}

	/** What a new record breaks, in the status it starts in: one list for forms, the API and imports. */
	static List<Violation> newRecordViolations(MemberRecord record, MemberStatus initial, LocalDate today) {
		List<Violation> violations = new ArrayList<>(MemberRecordRules.check(record, today));
		violations.addAll(MemberRules.violations(MemberRules.NEW_RECORD, new MemberRules.NewRecord(record, initial)));
		return violations;
	}

	/** The day the first status starts: the full-membership date for a full member, else admission. */
	static LocalDate statusSince(MemberRecord record, MemberStatus initial, LocalDate today) {
		return initial == MemberStatus.FULL && record.fullMemberOn() != null ? record.fullMemberOn()
				: record.admittedOn() == null ? today : record.admittedOn();
	}

	/** The chapter a member joins: one of the tree, holding members, open on {@code day}. */
	static void requireOpenChapter(JdbcOrgUnits units, OrgUnitId chapter, LocalDate day) {
		var unit = units.find(chapter).orElseThrow(() -> new BusinessRuleException("member.error.unknownChapter"));
		MemberRuleLists.enforce(MemberRules.JOIN_CHAPTER,
				new MemberRules.ChapterChoice(unit.name(), units.holdsMembers(chapter), unit.activeOn(day)));
	}

	/**
	 * Who already holds a party-card number or a citizen ID, other than member {@code exceptId}:
	 * the registry one record at a time, or an import's lookup of a few thousand rows at once.
	 */
	interface IdentifierHolders {

		boolean partyCardTaken(String partyCardNo, long exceptId);

		boolean citizenIdTaken(String citizenId, long exceptId);

		/** Whether the member holding the number lies outside the user's scope (so he is not named). */
		default boolean partyCardHolderUnseen(String partyCardNo, long exceptId) {
			return false;
		}

		/** Whether the member holding the citizen ID lies outside the user's scope (so he is not named). */
		default boolean citizenIdHolderUnseen(String citizenId, long exceptId) {
			return false;
		}
	}

	static List<Violation> uniqueness(JdbcMembers members, MemberRecord record, long exceptId) {
		return uniqueness(new IdentifierHolders() {

			@Override
			public boolean partyCardTaken(String partyCardNo, long except) {
				return members.partyCardTaken(partyCardNo, except);
			}

			@Override
			public boolean citizenIdTaken(String citizenId, long except) {
				return members.citizenIdTaken(citizenId, except);
			}
		}, record, exceptId);
	}

	/** Party-card number and citizen ID are unique in the registry. */
	static List<Violation> uniqueness(IdentifierHolders holders, MemberRecord record, long exceptId) {
		String partyCardNo = record.partyCardNo();
		String citizenId = record.citizenId();
		return MemberRules.violations(MemberRules.IDENTIFIERS, new MemberRules.Identifiers(partyCardNo,
				partyCardNo != null && holders.partyCardTaken(partyCardNo, exceptId), citizenId,
				citizenId != null && holders.citizenIdTaken(citizenId, exceptId),
				partyCardNo != null && holders.partyCardHolderUnseen(partyCardNo, exceptId),
				citizenId != null && holders.citizenIdHolderUnseen(citizenId, exceptId)));
	}

	@Override
	@Transactional
	public MemberId register(MemberEntry entry) {
		return new MemberId(register(entry.record(), entry.chapter(), entry.status(), entry.decisionRef()));
	}
}
