package vn.xdd.review.register.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.FileId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.BusinessRuleException;

/**
 * One door for a status change asked by a page or the API: the target status chooses the use case
 * (and so its rule). Nothing moves an item back to OPEN.
 */
@Service
public class MoveShortcoming {

	private final StartRemedying start;

	private final ReportRemedied report;

	private final VerifyShortcoming verify;

	private final ReturnShortcoming returning;

	private final CloseShortcoming close;

	private final StoreEvidenceFiles files;

	public MoveShortcoming(StartRemedying start, ReportRemedied report, VerifyShortcoming verify,
			ReturnShortcoming returning, CloseShortcoming close, StoreEvidenceFiles files) {
		this.files = files;
		this.start = start;
		this.report = report;
		this.verify = verify;
		this.returning = returning;
		this.close = close;
	}

	/**
	 * The change with files uploaded with it, in one transaction: a refused change keeps no file.
	 */
	@Transactional
	public void moveWithUploads(long id, ShortcomingStatus to, @Nullable Integer version, @Nullable String note,
			List<StoreEvidenceFiles.Upload> uploads) {
		List<FileId> stored = uploads.isEmpty() ? List.of() : files.store(id, uploads);
		move(id, to, version, note, stored);
	}

	/**
	 * @param note the note, the report of what was done, or the reason of a return
	 * @param files evidence stored beforehand (only with a report)
	 */
	@Transactional
	public void move(long id, ShortcomingStatus to, @Nullable Integer version, @Nullable String note,
			List<FileId> files) {
		String text = note == null ? "" : note;
		switch (to) {
			case IN_PROGRESS -> start.start(id, version, text);
			case REPORTED -> report.report(id, version, text, files);
			case VERIFIED -> verify.verify(id, version, text);
			case RETURNED -> returning.returnWithReason(id, version, note);
			case CLOSED -> close.close(id, version, text);
			case OPEN -> throw new BusinessRuleException("shortcoming.error.transition",
					ShortcomingStatus.OPEN.messageKey(), ShortcomingStatus.OPEN.messageKey());
		}
	}
}
