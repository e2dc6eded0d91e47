package vn.xdd.review.register.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;

/** The holder's side starts remedying an open or returned item. */
@Service
public class StartRemedying {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	public StartRemedying(Transitions transitions, RegisterPermissions permissions) {
		this.transitions = transitions;
		this.permissions = permissions;
	}

	@Transactional
	public void start(long id, @Nullable Integer version, String note) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.START.enforce(permissions.step(row, ShortcomingStatus.IN_PROGRESS, note, 0));
		transitions.move(row, version, ShortcomingStatus.IN_PROGRESS, note, null, "STATUS");
	}
}
