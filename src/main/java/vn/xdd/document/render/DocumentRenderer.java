package vn.xdd.document.render;

import vn.xdd.document.model.OfficialDocument;

/** Turns an official document into its files: .docx (Word) and PDF, in the layout of HD 36. */
public interface DocumentRenderer {

	byte[] docx(OfficialDocument document);

	byte[] pdf(OfficialDocument document);
}
