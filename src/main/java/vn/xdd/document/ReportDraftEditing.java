package vn.xdd.document;

/** Saving the text blocks of a results report's draft, refused on a stale copy. */
public interface ReportDraftEditing {

	/** @param version the version the writer started from */
	void edit(long id, int version, ReportDraft.Texts texts);
}
