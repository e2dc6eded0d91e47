package vn.xdd.discipline.application;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.DisciplineReaders;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Who may see and handle discipline cases. A case is placed at its subject's organisation (a
 * member's chapter on the opening day): users whose scope does not reach it are told it does not
 * exist. Reading takes a role of the committee's leadership, inspection, organisation board or
 * administration at that place; handling a case (opening, violations, proposal, decision, closing,
 * complaints) takes the inspection committee's or the leadership's role at the unit acting. A member
 * reads his own decided cases, and nothing else.
 */
@Component
public class CaseAccess implements DisciplineReaders {

	static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.INSPECTION);

	static final Set<Role> HANDLERS = EnumSet.of(Role.INSPECTION, Role.LEADERSHIP);

	private final AccessScope scope;

	private final JdbcDisciplineCases cases;

	CaseAccess(AccessScope scope, JdbcDisciplineCases cases) {
		this.scope = scope;
		this.cases = cases;
	}

	/** The case, if the user may read it. */
	public DisciplineCase requireReadable(CaseId id) {
		DisciplineCase found = cases.find(id).orElseThrow(() -> new NotFoundException("DISCIPLINE_CASE", id.toString()));
		OrgUnitId place = new OrgUnitId(found.subjectUnitId());
		boolean ownDecidedCase = found.form() != null && found.memberId() != null
				&& scope.ownMemberId().map(own -> own.equals(found.memberId())).orElse(false);
		if (ownDecidedCase) {
			scope.requireReach(place, "DISCIPLINE_CASE", id.toString());
			return found;
		}
		requireReader(place, "DISCIPLINE_CASE", id.toString());
		return found;
	}

	/** The case, locked, if the user may handle it at the unit that opened it. */
	DisciplineCase requireHandled(CaseId id) {
		DisciplineCase found = cases.lock(id).orElseThrow(() -> new NotFoundException("DISCIPLINE_CASE", id.toString()));
		scope.requireReach(new OrgUnitId(found.subjectUnitId()), "DISCIPLINE_CASE", id.toString());
		OrgUnitId opener = new OrgUnitId(found.openedByUnitId());
		if (!handles(opener) && !handles(new OrgUnitId(found.subjectUnitId()))) {
			throw new AccessDeniedException("not a handler of discipline case " + id);
		}
		return found;
	}

	void requireHandler(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!handles(unit)) {
			throw new AccessDeniedException("not a handler of discipline cases at " + unit);
		}
	}

	void requireReader(OrgUnitId place, String recordType, String recordId) {
		scope.requireReach(place, recordType, recordId);
		if (!reads(place)) {
			throw new AccessDeniedException("not a reader of discipline at " + place + " for " + recordType + " " + recordId);
		}
	}

	public boolean handles(OrgUnitId unit) {
		return HANDLERS.stream().anyMatch(role -> scope.hasRoleAt(role, unit));
	}

	public boolean reads(OrgUnitId unit) {
		return READERS.stream().anyMatch(role -> scope.hasRoleAt(role, unit));
	}

	@Override
	public boolean readsAnywhere() {
		return READERS.stream().anyMatch(scope::hasRole);
	}
}
