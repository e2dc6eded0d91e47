package vn.xdd.review.register.application;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.xdd.files.FileId;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingWork;
import vn.xdd.review.register.persistence.JdbcShortcomings;

/**
 * The register's commands for other modules, through the same use cases (and so the same rules)
 * as its pages. An item reported from a plan that is already reported (or verified) is left as
 * it is, so that one progress report may cover several items in any state.
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
		ShortcomingStatus status = status(id);
		if (status == ShortcomingStatus.OPEN || status == ShortcomingStatus.IN_PROGRESS
				|| status == ShortcomingStatus.RETURNED) {
			report.report(id.value(), null, note, evidence);
		}
	}

	@Override
	public void verify(ShortcomingId id, String note) {
		if (status(id) == ShortcomingStatus.REPORTED) {
			verify.verify(id.value(), null, note);
		}
	}

	@Override
	public void returnWithReason(ShortcomingId id, String reason) {
		if (status(id) == ShortcomingStatus.REPORTED) {
			returning.returnWithReason(id.value(), null, reason);
		}
	}

	private ShortcomingStatus status(ShortcomingId id) {
		return store.find(id.value())
			.orElseThrow(() -> new vn.xdd.shared.NotFoundException("SHORTCOMING", Long.toString(id.value())))
			.status();
	}
}
