package vn.xdd.document.report.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.report.ReportDraft.Texts;
import vn.xdd.document.report.persistence.JdbcReportDrafts;
import vn.xdd.shared.BusinessRuleException;

/** Saves the text blocks of a draft, refusing a change made on a stale copy. */
@Component
public class EditReportDraft {

	private final ReportDrafts queries;

	private final JdbcReportDrafts drafts;

	EditReportDraft(ReportDrafts queries, JdbcReportDrafts drafts) {
		this.queries = queries;
		this.drafts = drafts;
	}

	@Transactional
	public void edit(long id, int version, Texts texts) {
		queries.get(id);
		Texts normalized = new Texts(clean(texts.situation()), clean(texts.limitations()), clean(texts.tasksAhead()),
				clean(texts.recommendations()));
		if (!drafts.updateTexts(id, version, normalized)) {
			throw new BusinessRuleException("common.staleVersion");
		}
	}

	/** NFC, Windows line breaks made plain, trailing blanks dropped. */
	private static String clean(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replace("\r\n", "\n").strip();
	}
}
