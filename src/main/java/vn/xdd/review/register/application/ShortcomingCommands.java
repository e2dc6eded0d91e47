package vn.xdd.review.register.application;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.xdd.files.FileId;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingWork;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.persistence.JdbcShortcomings;

/**
 * The register's commands for other modules, through the same use cases (and so the same rules)
 * as its pages. A command the item's status does not allow is refused with the life cycle's
 * message ({@link ShortcomingLifeCycle#MOVE}), never silently skipped: the caller asks the item's
 * status first when one action covers several items in any state.
 */
@Service
public class ShortcomingCommands implements ShortcomingWork {

	private final ReportRemedied report;

	private final VerifyShortcoming verify;

	private final ReturnShortcoming returning;

	private final StartRemedying start;

	private final JdbcShortcomings store;

	public ShortcomingCommands(ReportRemedied report, VerifyShortcoming verify, ReturnShortcoming returning,
			StartRemedying start, JdbcShortcomings store) {
		this.report = report;
		this.verify = verify;
		this.returning = returning;
		this.start = start;
		this.store = store;
	}

	@Override
	public void reportRemedied(ShortcomingId id, String note, List<FileId> evidence) {
		mayMove(id, ShortcomingStatus.REPORTED);
		report.report(id.value(), null, note, evidence);
	}

	@Override
	public void verify(ShortcomingId id, String note) {
		mayMove(id, ShortcomingStatus.VERIFIED);
		verify.verify(id.value(), null, note);
	}

	@Override
	public void returnWithReason(ShortcomingId id, String reason) {
		mayMove(id, ShortcomingStatus.RETURNED);
		returning.returnWithReason(id.value(), null, reason);
	}

	/** Refuses, with the life cycle’s message, a command the item’s status does not allow. */
	private void mayMove(ShortcomingId id, ShortcomingStatus to) {
		ShortcomingLifeCycle.MOVE.enforce(new ShortcomingLifeCycle.Move(status(id), to));
	}

	private ShortcomingStatus status(ShortcomingId id) {
		return store.find(id.value())
			.orElseThrow(() -> new vn.xdd.shared.NotFoundException("SHORTCOMING", Long.toString(id.value())))
			.status();
	}
}
