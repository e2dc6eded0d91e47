package vn.xdd.organization.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.Role;

/**
 * Who may do what with member records, by role at the member's chapter (or above it):
 * read the list and records — every role but MEMBER, which sees only its own record; see
 * ethnicity and religion (sensitive personal data) — ADMIN, LEADERSHIP, ORGANIZATION_BOARD;
 * change records, statuses, chapters and positions — ADMIN, ORGANIZATION_BOARD.
 */
@Component
public class MemberAccess implements MemberRegistry {

	static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.INSPECTION,
			Role.PROPAGANDA, Role.OFFICE, Role.SECRETARY);

	static final Set<Role> SENSITIVE_READERS = EnumSet.of(Role.ADMIN, Role.LEADERSHIP, Role.ORGANIZATION_BOARD);

	static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.ORGANIZATION_BOARD);

	private final AccessScope scope;

	private final vn.xdd.organization.persistence.JdbcMembers members;

	public MemberAccess(AccessScope scope, vn.xdd.organization.persistence.JdbcMembers members) {
		this.scope = scope;
		this.members = members;
	}

	/**
	 * The member, if the user may change it: reached by the scope (else "not found", recorded) and
	 * an editor role at its chapter (else refused).
	 */
	public vn.xdd.organization.domain.MemberRow requireEditable(long memberId) {
		vn.xdd.organization.domain.MemberRow member = members.find(memberId)
			.orElseThrow(() -> new vn.xdd.shared.NotFoundException("MEMBER", Long.toString(memberId)));
		OrgUnitId unit = new OrgUnitId(member.unitId());
		scope.requireReach(unit, "MEMBER", Long.toString(memberId));
		if (!canEdit(unit)) {
			throw new PermissionDeniedException("member.error.notAllowed");
		}
		return member;
	}

	@Override
	public Optional<OrgUnitId> chapterOf(MemberId member) {
		return members.find(member.value()).map(m -> new OrgUnitId(m.unitId()));
	}

	@Override
	public java.util.Map<MemberId, String> fullNames(java.util.Collection<MemberId> ids) {
		return members.fullNames(ids.stream().map(MemberId::value).toList())
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(e -> new MemberId(e.getKey()), java.util.Map.Entry::getValue));
	}

	public boolean canRead(OrgUnitId unit) {
		return any(READERS, unit);
	}

	public boolean canReadSensitive(OrgUnitId unit) {
		return any(SENSITIVE_READERS, unit);
	}

	public boolean canEdit(OrgUnitId unit) {
		return any(EDITORS, unit);
	}

	public boolean isOwnRecord(long memberId) {
		return scope.ownMemberId().map(id -> id == memberId).orElse(false);
	}

	/** Whether the user may list members anywhere (the menu entry). */
	public boolean canReadAnywhere() {
		return READERS.stream().anyMatch(scope::hasRole);
	}

	@Override
	public boolean canBrowse() {
		return canReadAnywhere();
	}

	@Override
	public Optional<MemberId> ownRecord() {
		return scope.ownMemberId().map(MemberId::new);
	}

	/** The units of the user's grants where they may read members (with everything under them). */
	public Set<OrgUnitId> readableRoots() {
		return roots(READERS);
	}

	/** The units of the user's grants where they may change member records (with everything under them). */
	public Set<OrgUnitId> editableRoots() {
		return roots(EDITORS);
	}

	private Set<OrgUnitId> roots(Set<Role> roles) {
		Set<OrgUnitId> roots = new java.util.LinkedHashSet<>();
		for (OrgUnitId root : scope.grantRoots()) {
			if (any(roles, root)) {
				roots.add(root);
			}
		}
		return roots;
	}

	/** Whether the user may change member records anywhere (the import page). */
	public boolean canEditAnywhere() {
		return EDITORS.stream().anyMatch(scope::hasRole);
	}

	private boolean any(Set<Role> roles, OrgUnitId unit) {
		return roles.stream().anyMatch(role -> scope.hasRoleAt(role, unit));
	}
}
