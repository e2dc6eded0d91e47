package vn.xdd.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * Liberation Serif from the classpath: the metrics of Times New Roman with every Vietnamese glyph,
 * embedded in PDFs and drawn in charts, so that no text depends on the server's fonts.
 */
final class Fonts {

	static final String REGULAR = "LiberationSerif-Regular.ttf";
	static final String BOLD = "LiberationSerif-Bold.ttf";
	static final String ITALIC = "LiberationSerif-Italic.ttf";
	static final String BOLD_ITALIC = "LiberationSerif-BoldItalic.ttf";

	private Fonts() {
	}

	static byte[] bytes(String file) {
		try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("The font " + file + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The font for a PDF: Unicode (Identity-H) and embedded (subset), so every diacritic maps to a glyph. */
	static BaseFont pdf(String file) {
		try {
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes(file),
					null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The font for a chart, at the given style and size in pixels of the drawing. */
	static java.awt.Font awt(String file, float size) {
		try (var in = new java.io.ByteArrayInputStream(bytes(file))) {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
		}
		catch (IOException | java.awt.FontFormatException e) {
			throw new IllegalStateException("The font " + file + " cannot be read", e);
		}
	}
}
