package vn.xdd.classification.application;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.xdd.classification.RoundId;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Who does what in a round. A subject is placed at its organisation (a member at his chapter):
 * users whose scope does not reach it are told it does not exist. The organisation board of the
 * round's committee opens it, appraises and publishes; its standing committee decides and redoes;
 * the secretary of a chapter or organisation (or the board for it) enters the self-assessments and
 * the comments; the leadership, the boards, the inspection committee and the secretaries read.
 */
@Component
public class RoundAccess implements vn.xdd.classification.ClassificationReaders {

	static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.INSPECTION,
			Role.SECRETARY);

	static final Set<Role> ENTERING = EnumSet.of(Role.SECRETARY, Role.ORGANIZATION_BOARD);

	private final AccessScope scope;

	private final JdbcClassification store;

	private final OrgUnits units;

	RoundAccess(AccessScope scope, JdbcClassification store, OrgUnits units) {
		this.scope = scope;
		this.store = store;
		this.units = units;
	}

	/** The round, if the user reaches its committee or a unit inside it and reads classification there. */
	public Round requireReadable(RoundId id) {
		Round round = store.findRound(id).orElseThrow(() -> new NotFoundException("CLASSIFICATION_ROUND", id.toString()));
		if (scope.reaches(round.unit())) {
			requireRole(READERS, round.unit(), "read");
			return round;
		}
		boolean inside = scope.grantRoots().stream().anyMatch(root -> units.ancestorsAndSelf(root).contains(round.unit()));
		if (!inside) {
			scope.requireReach(round.unit(), "CLASSIFICATION_ROUND", id.toString());
		}
		if (READERS.stream().noneMatch(scope::hasRole)) {
			throw new AccessDeniedException("not a reader of classification");
		}
		return round;
	}

	/** The subject, if the user reaches its place and reads classification there. */
	public Subject requireReadable(SubjectId id) {
		Subject subject = store.findSubject(id).orElseThrow(() -> new NotFoundException("CLASSIFICATION_SUBJECT", id.toString()));
		scope.requireReach(subject.unit(), "CLASSIFICATION_SUBJECT", id.toString());
		requireRole(READERS, subject.unit(), "read");
		return subject;
	}

	/** The subject, locked, if the user reaches it. */
	Subject lock(SubjectId id) {
		Subject subject = store.lockSubject(id).orElseThrow(() -> new NotFoundException("CLASSIFICATION_SUBJECT", id.toString()));
		scope.requireReach(subject.unit(), "CLASSIFICATION_SUBJECT", id.toString());
		return subject;
	}

	Round roundOf(Subject subject) {
		return store.findRound(subject.round()).orElseThrow();
	}

	void requireOpener(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		requireRole(EnumSet.of(Role.ORGANIZATION_BOARD), unit, "open a round");
	}

	public boolean opens(OrgUnitId unit) {
		return scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit);
	}

	public boolean enters(Subject subject) {
		return ENTERING.stream().anyMatch(role -> scope.hasRoleAt(role, subject.unit()));
	}

	public boolean appraises(Round round) {
		return scope.hasRoleAt(Role.ORGANIZATION_BOARD, round.unit());
	}

	public boolean decides(Round round) {
		return scope.hasRoleAt(Role.LEADERSHIP, round.unit());
	}

	public boolean publishes(Round round) {
		return scope.hasRoleAt(Role.ORGANIZATION_BOARD, round.unit()) || scope.hasRoleAt(Role.LEADERSHIP, round.unit());
	}

	public boolean reads(OrgUnitId unit) {
		return READERS.stream().anyMatch(role -> scope.hasRoleAt(role, unit));
	}

	public boolean reaches(OrgUnitId unit) {
		return scope.reaches(unit);
	}

	void requireEntering(Subject subject) {
		if (!enters(subject)) {
			throw new AccessDeniedException("may not enter the self-assessment of classification subject " + subject.id());
		}
	}

	void requireAppraiser(Round round) {
		if (!appraises(round)) {
			throw new AccessDeniedException("not on the appraisal of round " + round.id());
		}
	}

	void requireDecider(Round round) {
		if (!decides(round)) {
			throw new AccessDeniedException("not the committee deciding round " + round.id());
		}
	}

	void requirePublisher(Round round) {
		scope.requireReach(round.unit(), "CLASSIFICATION_ROUND", round.id().toString());
		if (!publishes(round)) {
			throw new AccessDeniedException("may not publish round " + round.id());
		}
	}

	private void requireRole(Set<Role> roles, OrgUnitId unit, String what) {
		if (roles.stream().noneMatch(role -> scope.hasRoleAt(role, unit))) {
			throw new AccessDeniedException("may not " + what + " classification at " + unit);
		}
	}

	@Override
	public boolean readsAnywhere() {
		return READERS.stream().anyMatch(scope::hasRole);
	}
}
