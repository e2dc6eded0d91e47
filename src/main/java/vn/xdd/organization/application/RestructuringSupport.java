package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules.Refusal;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.Role;

/** What the restructuring use cases share: permission, rule checks, recording the event. */
@Component
class RestructuringSupport {

	final JdbcOrgUnits units;

	final JdbcOrgHistory history;

	final JdbcMembers members;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	RestructuringSupport(JdbcOrgUnits units, JdbcOrgHistory history, JdbcMembers members, AccessScope scope,
			ApplicationEventPublisher events) {
		this.units = units;
		this.history = history;
		this.members = members;
		this.scope = scope;
		this.events = events;
	}

	/** The unit, if the user may restructure it: ADMIN or ORGANIZATION_BOARD at it or above. */
	OrgUnitSummary editable(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!scope.hasRoleAt(Role.ADMIN, unit) && !scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit)) {
			throw new PermissionDeniedException("orgUnit.error.notAllowed");
		}
		return units.find(unit).orElseThrow();
	}

	static void check(Optional<Refusal> refusal) {
		refusal.ifPresent(r -> {
			throw new BusinessRuleException(r.messageKey(), r.arguments());
		});
	}

	static DefaultMessageSourceResolvable typeLabel(String typeCode) {
		return new DefaultMessageSourceResolvable("orgUnitType." + typeCode);
	}

	boolean typeAllowedUnder(String typeCode, String parentTypeCode) {
		return history.typeAllowedUnder(typeCode, parentTypeCode);
	}

	/** Records the event and links its units; the use case publishes its typed event once the change is made. */
	long record(String kind, LocalDate effective, @Nullable String decisionRef, @Nullable String note, String summary,
			List<UnitRole> links) {
		String actor = Actor.currentName();
		long eventId = history.recordEvent(kind, effective, decisionRef, note, summary, actor);
		for (UnitRole link : links) {
			history.link(eventId, link.unitId(), link.role());
		}
		return eventId;
	}

	/** Publishes what happened, for the audit trail and the modules that carry work along. */
	void publish(Object event) {
		events.publishEvent(event);
	}

	/** Moves a unit under {@code newParent} from {@code from}, as part of an event. */
	void reparent(long unitId, long newParent, LocalDate from, long eventId) {
		OrgUnitVersion latest = history.latest(unitId);
		history.changeFrom(latest, from, latest.withParent(newParent), eventId);
	}

	/**
	 * Moves every member of {@code from} on {@code day} to {@code to}, with their open posts in the
	 * unit; returns how many moved.
	 */
	int moveMembers(long fromUnit, long toUnit, LocalDate day, @Nullable String decisionRef, long eventId) {
		if (history.membershipsStartingAfter(fromUnit, day.minusDays(1)) > 0) {
			throw new BusinessRuleException("restructure.error.laterMemberships",
					units.find(new OrgUnitId(fromUnit)).map(OrgUnitSummary::name).orElse(""));
		}
		for (long position : history.openPositions(fromUnit)) {
			history.movePosition(position, toUnit, day, eventId);
		}
		List<Long> moving = history.membersOn(fromUnit, day);
		for (long member : moving) {
			members.transfer(member, toUnit, day, decisionRef, eventId);
		}
		return moving.size();
	}

	/** A unit and the role it played in an event. */
	record UnitRole(long unitId, String role) {
	}
}
