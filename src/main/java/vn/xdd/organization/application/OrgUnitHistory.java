package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.domain.OrgEvent;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.OrgUnitId;

/**
 * What the unit pages and the units API show of a unit besides its summary: its periods, the
 * restructuring events, predecessors and successors, what it holds on a day and the unit types
 * allowed under it. One entry point for the twin page and API controllers.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitHistory {

	private final JdbcOrgHistory history;

	private final JdbcOrgUnits units;

	private final JdbcMembers members;

	public OrgUnitHistory(JdbcOrgHistory history, JdbcOrgUnits units, JdbcMembers members) {
		this.history = history;
		this.units = units;
		this.members = members;
	}

	/** The unit's periods, oldest first. */
	public List<OrgUnitVersion> versions(long unitId) {
		return history.versions(unitId);
	}

	public List<OrgEvent> eventsOf(long unitId) {
		return history.eventsOf(unitId);
	}

	public List<Long> predecessorsOf(long unitId) {
		return history.predecessorsOf(unitId);
	}

	public List<Long> successorsOf(long unitId) {
		return history.successorsOf(unitId);
	}

	/** The units directly under the unit on the day. */
	public List<Long> childrenOn(long unitId, LocalDate day) {
		return history.childrenOn(unitId, day);
	}

	/** The members of the unit on the day. */
	public List<Long> membersOn(long unitId, LocalDate day) {
		return history.membersOn(unitId, day);
	}

	/** A member's full name, for the lists of a restructuring form. */
	public Optional<String> memberName(long memberId) {
		return members.find(memberId).map(m -> m.record().fullName());
	}

	/** The unit types allowed under a unit of the given type. */
	public List<String> childTypes(String parentTypeCode) {
		return history.childTypes(parentTypeCode);
	}

	public List<String> typeCodes() {
		return units.typeCodes();
	}

	public Optional<String> shortName(OrgUnitId unit) {
		return units.shortName(unit);
	}

	public Optional<String> docAbbreviation(OrgUnitId unit) {
		return units.docAbbreviation(unit);
	}

	/** Whether members belong to the unit directly (a chapter). */
	public boolean holdsMembers(OrgUnitId unit) {
		return units.holdsMembers(unit);
	}
}
