package vn.xdd.document.render;

import org.springframework.stereotype.Component;

import vn.xdd.document.model.OfficialDocument;

/**
 * Official documents in the layout of Hướng dẫn 36-HD/VPTW (documents.md): .docx with Apache POI,
 * clean enough for offices to edit and sign, and PDF with OpenPDF embedding Liberation Serif (the
 * metrics of Times New Roman, with every Vietnamese glyph).
 */
@Component
public class PoiOpenPdfRenderer implements DocumentRenderer {

	private final DocumentLayoutProperties layout;

	public PoiOpenPdfRenderer(DocumentLayoutProperties layout) {
		this.layout = layout;
	}

	@Override
	public byte[] docx(OfficialDocument document) {
		return new DocxWriter(layout).write(document);
	}

	@Override
	public byte[] pdf(OfficialDocument document) {
		return new PdfDocumentWriter(layout).write(document);
	}
}
