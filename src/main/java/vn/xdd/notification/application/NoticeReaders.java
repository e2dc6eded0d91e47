package vn.xdd.notification.application;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xdd.notification.persistence.JdbcNotifications.Reader;
import vn.xdd.security.CurrentUser;
import vn.xdd.security.SignedInUser;
import vn.xdd.shared.NotFoundException;

/** The signed-in user as a reader of notices: their account and their grants in force now. */
@Component
class NoticeReaders {

	private final CurrentUser currentUser;

	NoticeReaders(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	Optional<Reader> current() {
		return currentUser.signedIn().map(NoticeReaders::reader);
	}

	Reader required() {
		return current().orElseThrow(() -> new NotFoundException("notification", "-"));
	}

	static Reader reader(SignedInUser user) {
		return new Reader(user.id(), user.grants().stream().map(g -> Reader.grant(g.role(), g.unit())).toList());
	}
}
