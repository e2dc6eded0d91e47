package vn.xdd.document.report.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.ReportDraft.Texts;
import vn.xdd.document.ReportDraftEditing;
import vn.xdd.document.report.persistence.JdbcReportDrafts;
import vn.xdd.shared.VersionConflictException;

/** Saves the text blocks of a draft, refusing a change made on a stale copy. */
@Component
public class EditReportDraft implements ReportDraftEditing {

	private final ReportDrafts queries;

	private final JdbcReportDrafts drafts;

	private final vn.xdd.document.numbering.application.NumberingAccess access;

	private final org.springframework.context.ApplicationEventPublisher events;

	EditReportDraft(ReportDrafts queries, JdbcReportDrafts drafts,
			vn.xdd.document.numbering.application.NumberingAccess access,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.queries = queries;
		this.drafts = drafts;
	}

	@Override
	@Transactional
	public void edit(long id, int version, Texts texts) {
		access.requireIssuer(queries.get(id).unit());
		Texts normalized = new Texts(clean(texts.situation()), clean(texts.limitations()), clean(texts.tasksAhead()),
				clean(texts.recommendations()));
		if (!drafts.updateTexts(id, version, normalized)) {
			throw new VersionConflictException("common.staleVersion");
		}
		events.publishEvent(new ReportDraftChanged(id, "UPDATE", "Nội dung báo cáo kết quả khắc phục"));
	}

	/** NFC, Windows line breaks made plain, trailing blanks dropped. */
	private static String clean(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace("\r\n", "\n").strip();
	}
}
