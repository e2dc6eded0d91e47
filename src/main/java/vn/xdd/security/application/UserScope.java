package vn.xdd.security.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.ActiveUnitChooser;
import vn.xdd.security.CurrentUser;
import vn.xdd.security.GrantView;
import vn.xdd.security.SecurityEvents.AccessOutsideScope;
import vn.xdd.security.SignedInUser;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.OutOfScopeException;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/**
 * The scope of the signed-in user, from their grants as they stand in the database now (read
 * once per request). A grant on a unit reaches that unit and all units below it.
 */
@Component
public class UserScope implements AccessScope, CurrentUser, ActiveUnitChooser {

	/** Session attribute holding the unit chosen in the header. */
	public static final String ACTIVE_UNIT_ATTRIBUTE = "xdd.activeUnit";

	private static final String GRANTS_CACHE = UserScope.class.getName() + ".grants";

	private final UserStore users;

	private final OrgUnits units;

	private final ApplicationEventPublisher events;

	public UserScope(UserStore users, OrgUnits units, ApplicationEventPublisher events) {
		this.users = users;
		this.units = units;
		this.events = events;
	}

	private Optional<XddUserPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof XddUserPrincipal p) {
			return Optional.of(p);
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	List<UserStore.GrantRow> grants() {
		Optional<XddUserPrincipal> principal = principal();
		if (principal.isEmpty()) {
			return List.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = GRANTS_CACHE + "." + principal.get().id();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
			return (List<UserStore.GrantRow>) cached;
		}
		List<UserStore.GrantRow> grants = users.grantsOf(principal.get().id());
		if (request != null) {
			request.setAttribute(key, grants, RequestAttributes.SCOPE_REQUEST);
		}
		return grants;
	}

	@Override
	public boolean reaches(OrgUnitId unit) {
		Set<OrgUnitId> roots = grantRoots();
		return !roots.isEmpty() && chain(unit).stream().anyMatch(roots::contains);
	}

	/** The units whose grants reach {@code unit}, read once per request. */
	@SuppressWarnings("unchecked")
	private List<OrgUnitId> chain(OrgUnitId unit) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = UserScope.class.getName() + ".chain." + unit.value();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
			return (List<OrgUnitId>) cached;
		}
		List<OrgUnitId> chain = units.scopeChain(unit);
		if (request != null) {
			request.setAttribute(key, chain, RequestAttributes.SCOPE_REQUEST);
		}
		return chain;
	}

	@Override
	public boolean hasRoleAt(Role role, OrgUnitId unit) {
		Set<OrgUnitId> withRole = grants().stream()
			.filter(g -> g.role() == role)
			.map(UserStore.GrantRow::unit)
			.collect(Collectors.toSet());
		return !withRole.isEmpty() && chain(unit).stream().anyMatch(withRole::contains);
	}

	@Override
	public boolean hasRole(Role role) {
		return grants().stream().anyMatch(g -> g.role() == role);
	}

	@Override
	public boolean isSystemAdministrator() {
		return grants().stream()
			.filter(g -> g.role() == Role.ADMIN)
			.anyMatch(g -> units.find(g.unit()).map(u -> u.parentId() == null).orElse(false));
	}

	@Override
	public Optional<Long> ownMemberId() {
		return principal().flatMap(p -> users.findById(p.id())).map(u -> u.memberId());
	}

	@Override
	public Set<OrgUnitId> grantRoots() {
		return grants().stream().map(UserStore.GrantRow::unit).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The units where the current user holds {@code role} (roots of that part of the scope). */
	public Set<OrgUnitId> rootsWithRole(Role role) {
		return grants().stream()
			.filter(g -> g.role() == role)
			.map(UserStore.GrantRow::unit)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public void requireReach(OrgUnitId unit, String recordType, String recordId) {
		if (units.find(unit).isEmpty()) {
			throw new NotFoundException(recordType, recordId);
		}
		if (!reaches(unit)) {
			denied(recordType, recordId);
		}
	}

	/** Records an attempt to reach a record outside the scope and answers "not found". */
	public void denied(String recordType, String recordId) {
		events.publishEvent(new AccessOutsideScope(recordType, recordId));
		throw new OutOfScopeException(recordType, recordId);
	}

	@Override
	public Optional<SignedInUser> signedIn() {
		return principal().map(p -> new SignedInUser(new UserId(p.id()), p.username(), p.fullName(), grantViews(),
				p.mustChangePassword()));
	}

	private List<GrantView> grantViews() {
		return grants().stream()
			.map(g -> new GrantView(g.id(), g.role(), g.unit(),
					units.find(g.unit()).map(OrgUnitSummary::name).orElse("?")))
			.toList();
	}

	@Override
	public Optional<OrgUnitId> activeUnit() {
		Set<OrgUnitId> roots = grantRoots();
		if (roots.isEmpty()) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ACTIVE_UNIT_ATTRIBUTE, RequestAttributes.SCOPE_SESSION) instanceof Long chosen
				&& roots.contains(new OrgUnitId(chosen))) {
			return Optional.of(new OrgUnitId(chosen));
		}
		return Optional.of(roots.iterator().next());
	}

	/** Makes {@code unit} the unit the user works in; it must be the unit of one of their grants. */
	@Override
	public void choose(OrgUnitId unit) {
		if (!grantRoots().contains(unit)) {
			denied("ORG_UNIT", unit.toString());
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ACTIVE_UNIT_ATTRIBUTE, unit.value(), RequestAttributes.SCOPE_SESSION);
		}
	}

	@Override
	public long countUsersUnder(Collection<OrgUnitId> roots) {
		List<OrgUnitId> subtree = units.subtrees(roots).stream().map(OrgUnitSummary::id).toList();
		return subtree.isEmpty() ? 0 : users.countUsersWithGrantOn(subtree);
	}
}
