package vn.xdd.security.application;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.SystemTasks;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.Role;

/** Runs a task as the first enabled administrator of a root unit. */
@Component
class AdministratorTasks implements SystemTasks {

	private final UserStore users;

	private final OrgUnits units;

	AdministratorTasks(UserStore users, OrgUnits units) {
		this.users = users;
		this.units = units;
	}

	@Override
	public void runAsAdministrator(Runnable task) {
		List<OrgUnitSummary> roots = units.roots();
		UserAccount admin = roots.stream()
			.flatMap(root -> users.usersWithGrantOn(List.of(root.id()), false).stream())
			.filter(UserAccount::enabled)
			.filter(u -> users.grantsOf(u.id())
				.stream()
				.anyMatch(g -> g.role() == Role.ADMIN && roots.stream().anyMatch(r -> r.id().equals(g.unit()))))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no administrator of a root unit"));
		runAs(admin, task);
	}

	@Override
	public void runAs(String username, Runnable task) {
		UserAccount user = users.findByUsername(username)
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new IllegalStateException("no enabled account " + username));
		runAs(user, task);
	}

	private void runAs(UserAccount admin, Runnable task) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new XddUserPrincipal(admin.id(), admin.username(), admin.fullName(), false), null,
				List.of(new SimpleGrantedAuthority("USER"))));
		SecurityContextHolder.setContext(context);
		// Outside a web request, give the task a request-like scope of its own, so that the grants
		// and scope chains read for its checks are cached for its duration as they are for a request.
		RequestAttributes previousAttributes = RequestContextHolder.getRequestAttributes();
		if (previousAttributes == null) {
			RequestContextHolder.setRequestAttributes(new TaskAttributes());
		}
		try {
			task.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
			if (previousAttributes == null) {
				RequestContextHolder.resetRequestAttributes();
			}
		}
	}

	/** Attributes of a task run outside a web request: one map, for request and session scope alike. */
	static final class TaskAttributes implements RequestAttributes {

		private final java.util.Map<String, Object> attributes = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public @org.jspecify.annotations.Nullable Object getAttribute(String name, int scope) {
			return attributes.get(name);
		}

		@Override
		public void setAttribute(String name, Object value, int scope) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name, int scope) {
			attributes.remove(name);
		}

		@Override
		public String[] getAttributeNames(int scope) {
			return attributes.keySet().toArray(String[]::new);
		}

		@Override
		public void registerDestructionCallback(String name, Runnable callback, int scope) {
			// Nothing to destroy: the map goes with the task.
		}

		@Override
		public @org.jspecify.annotations.Nullable Object resolveReference(String key) {
			return null;
		}

		@Override
		public String getSessionId() {
			return "task";
		}

		@Override
		public Object getSessionMutex() {
			return this;
		}
	}
}
