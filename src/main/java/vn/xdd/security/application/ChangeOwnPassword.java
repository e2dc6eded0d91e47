package vn.xdd.security.application;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.SecurityEvents.PasswordChanged;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.BusinessRuleException;

/** A signed-in user replaces their password, giving the current one. */
@Component
public class ChangeOwnPassword {

	private final UserStore users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	public ChangeOwnPassword(UserStore users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	@Transactional
	public void change(long userId, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = users.findById(userId).orElseThrow();
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new BusinessRuleException("password.error.currentWrong");
		}
		if (!newPassword.equals(confirmation)) {
			throw new BusinessRuleException("password.error.confirmationMismatch");
		}
		if (passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw new BusinessRuleException("password.error.sameAsOld");
		}
		PasswordPolicy.violation(account.username(), newPassword).ifPresent(key -> {
			throw new BusinessRuleException(key);
		});
		users.updatePassword(userId, Objects.requireNonNull(passwordEncoder.encode(newPassword)), false);
		events.publishEvent(new PasswordChanged(userId, account.username(), false));
	}
}
