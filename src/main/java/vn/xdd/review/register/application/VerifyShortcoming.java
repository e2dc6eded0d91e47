package vn.xdd.review.register.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;

/** The upper level confirms a reported item remedied (never the holder's own unit). */
@Service
public class VerifyShortcoming {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	public VerifyShortcoming(Transitions transitions, RegisterPermissions permissions) {
		this.transitions = transitions;
		this.permissions = permissions;
	}

	@Transactional
	public void verify(long id, @Nullable Integer version, String note) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.VERIFY.enforce(permissions.step(row, ShortcomingStatus.VERIFIED, note, 0));
		transitions.move(row, version, ShortcomingStatus.VERIFIED, note, null, "STATUS");
	}
}
