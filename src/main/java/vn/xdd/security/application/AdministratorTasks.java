package vn.xdd.security.application;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

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
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new XddUserPrincipal(admin.id(), admin.username(), admin.fullName(), false), null,
				List.of(new SimpleGrantedAuthority("USER"))));
		SecurityContextHolder.setContext(context);
		try {
			task.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
