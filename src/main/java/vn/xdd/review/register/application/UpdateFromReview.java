package vn.xdd.review.register.application;

import vn.xdd.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;

/**
 * A later review gives the result of remedying an earlier item (kết quả khắc phục những hạn
 * chế, khuyết điểm đã được chỉ ra), under way or remedied (reported for verification). The
 * item is carried into that review's history either way.
 */
@Service
public class UpdateFromReview {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	private final JdbcShortcomings store;

	public UpdateFromReview(Transitions transitions, RegisterPermissions permissions, JdbcShortcomings store) {
		this.transitions = transitions;
		this.permissions = permissions;
		this.store = store;
	}

	@Transactional
	public void update(ShortcomingId id, long reviewId, ShortcomingStatus newStatus, String note) {
		ShortcomingRow row = transitions.reachable(id.value());
		ShortcomingLifeCycle.UPDATE_FROM_REVIEW.enforce(permissions.step(row, newStatus, note, 0));
		if (newStatus == row.status()) {
			store.recordEvent(row.id(), "CARRIED", row.status(), row.status(), note.isBlank() ? null : note.strip(),
					reviewId, null, null, Actor.currentName());
			return;
		}
		ShortcomingLifeCycle.MOVE.enforce(new ShortcomingLifeCycle.Move(row.status(), newStatus));
		transitions.move(row, null, newStatus, note, reviewId, "UPDATED");
		if (newStatus == ShortcomingStatus.REPORTED && !note.isBlank()) {
			transitions.evidence(row, note, java.util.List.of());
		}
	}
}
