package vn.xdd.review.register.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;

/** The upper level returns a reported item with a reason: the remedy is not yet enough. */
@Service
public class ReturnShortcoming {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	public ReturnShortcoming(Transitions transitions, RegisterPermissions permissions) {
		this.transitions = transitions;
		this.permissions = permissions;
	}

	@Transactional
	public void returnWithReason(long id, @Nullable Integer version, @Nullable String reason) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.RETURN.enforce(permissions.step(row, ShortcomingStatus.RETURNED, reason, 0));
		transitions.move(row, version, ShortcomingStatus.RETURNED, reason, null, "STATUS");
	}
}
