package vn.xdd.security.application;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.SecurityEvents.EmailChanged;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;

/** A signed-in user sets (or clears) the e-mail address notices are sent to. */
@Component
public class ChangeOwnEmail {

	private final UserStore users;

	private final ApplicationEventPublisher events;

	public ChangeOwnEmail(UserStore users, ApplicationEventPublisher events) {
		this.users = users;
		this.events = events;
	}

	@Transactional
	public void change(long userId, @Nullable String email) {
		UserAccount account = users.findById(userId).orElseThrow();
		String normalized = EmailAddress.normalize(email);
		if (Objects.equals(normalized, account.email())) {
			return;
		}
		users.updateEmail(userId, normalized);
		events.publishEvent(new EmailChanged(userId, account.username(), account.email(), normalized, false));
	}
}
