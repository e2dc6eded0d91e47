package vn.xdd.security.application;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.security.NewUser;
import vn.xdd.security.SecurityEvents.EmailChanged;
import vn.xdd.security.SecurityEvents.PasswordChanged;
import vn.xdd.security.SecurityEvents.RoleGranted;
import vn.xdd.security.SecurityEvents.RoleRevoked;
import vn.xdd.security.SecurityEvents.UserCreated;
import vn.xdd.security.SecurityEvents.UserEnabledChanged;
import vn.xdd.security.UserCreation;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/**
 * The administrator's use cases on accounts: create (with a first grant), grant, revoke, reset
 * the password, disable and enable. Each checks {@link AdminRights} first and publishes an event
 * for the audit trail.
 */
@Component
public class ManageUsers implements UserCreation {

	private static final String USERNAME_PATTERN = "^[a-z0-9._-]{3,60}$";

	private final UserStore users;

	private final AdminRights rights;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	ManageUsers(UserStore users, AdminRights rights, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.users = users;
		this.rights = rights;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	@Override
	@Transactional
	public UserId create(NewUser command) {
		rights.requireAdministrator();
		String username = command.username().strip().toLowerCase(Locale.ROOT);
		if (!username.matches(USERNAME_PATTERN)) {
			throw new BusinessRuleException("user.error.usernameFormat");
		}
		String fullName = command.fullName().strip();
		if (fullName.isEmpty()) {
			throw new BusinessRuleException("user.error.fullNameRequired");
		}
		PasswordPolicy.violation(username, command.password()).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		String email = EmailAddress.normalize(command.email());
		OrgUnitSummary unit = rights.requireGrantable(command.unit());
		if (command.memberId() != null) {
			// An account may only be linked to a member of the administrator's own subtree: the link
			// lets its holder open that member's record.
			rights.requireLinkableMember(command.memberId());
		}
		if (users.findByUsername(username).isPresent()) {
			throw new BusinessRuleException("user.error.usernameTaken", username);
		}
		long id;
		try {
			id = users.insert(username, fullName, Objects.requireNonNull(passwordEncoder.encode(command.password())),
					command.temporaryPassword(), command.memberId(), email);
		}
		catch (DuplicateKeyException e) {
			throw new BusinessRuleException("user.error.usernameTaken", username);
		}
		users.insertGrant(id, command.role(), unit.id(), actor());
		events.publishEvent(new UserCreated(id, username, fullName, describe(command.role(), unit)));
		return new UserId(id);
	}

	@Transactional
	public void grant(long userId, Role role, OrgUnitId unitId) {
		UserAccount account = rights.requireVisible(userId);
		OrgUnitSummary unit = rights.requireGrantable(unitId);
		if (users.hasGrant(userId, role, unitId)) {
			throw new BusinessRuleException("grant.error.duplicate");
		}
		users.insertGrant(userId, role, unitId, actor());
		events.publishEvent(new RoleGranted(userId, account.username(), describe(role, unit)));
	}

	@Transactional
	public void revoke(long userId, long grantId) {
		UserAccount account = rights.requireVisible(userId);
		UserStore.GrantRow grant = users.findGrant(grantId)
			.filter(g -> g.userId() == userId)
			.orElseThrow(() -> new NotFoundException("GRANT", Long.toString(grantId)));
		OrgUnitSummary unit = rights.requireGrantable(grant.unit());
		users.deleteGrant(grantId);
		events.publishEvent(new RoleRevoked(userId, account.username(), describe(grant.role(), unit)));
	}

	@Transactional
	public void resetPassword(long userId, String newPassword) {
		UserAccount account = rights.requireManageable(userId);
		PasswordPolicy.violation(account.username(), newPassword).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		users.updatePassword(userId, Objects.requireNonNull(passwordEncoder.encode(newPassword)), true);
		events.publishEvent(new PasswordChanged(userId, account.username(), true));
	}

	/** Sets or (blank) clears the e-mail address of an account the administrator manages. */
	@Transactional
	public void changeEmail(long userId, @Nullable String email) {
		UserAccount account = rights.requireManageable(userId);
		String normalized = EmailAddress.normalize(email);
		if (java.util.Objects.equals(normalized, account.email())) {
			return;
		}
		users.updateEmail(userId, normalized);
		events.publishEvent(new EmailChanged(userId, account.username(), account.email(), normalized, true));
	}

	@Transactional
	public void setEnabled(long userId, boolean enabled) {
		UserAccount account = rights.requireManageable(userId);
		if (!enabled && account.username().equalsIgnoreCase(actor())) {
			throw new BusinessRuleException("user.error.cannotDisableSelf");
		}
		if (account.enabled() == enabled) {
			return;
		}
		users.setEnabled(userId, enabled);
		events.publishEvent(new UserEnabledChanged(userId, account.username(), enabled));
	}

	private static String describe(Role role, OrgUnitSummary unit) {
		return role.name() + " @ " + unit.name() + " (" + unit.id() + ")";
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
