package vn.xdd.review.register.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;

/** The upper level closes a verified item: nothing more is expected of it. */
@Service
public class CloseShortcoming {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	public CloseShortcoming(Transitions transitions, RegisterPermissions permissions) {
		this.transitions = transitions;
		this.permissions = permissions;
	}

	@Transactional
	public void close(long id, @Nullable Integer version, String note) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.CLOSE.enforce(permissions.step(row, ShortcomingStatus.CLOSED, note, 0));
		transitions.move(row, version, ShortcomingStatus.CLOSED, note, null, "STATUS");
	}
}
