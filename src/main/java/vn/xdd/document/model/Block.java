package vn.xdd.document.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A block of the body: headings, paragraphs, list items, tables and charts, in reading order. */
public sealed interface Block {

	/**
	 * A heading of a part or section, bold: level 1 for parts (I., II.), level 2 for sections (1., 2.).
	 *
	 * @param label the numbering as printed, e.g. I. or 1.; may be empty
	 */
	record Heading(int level, String label, String text) implements Block {
	}

	/** Body text, justified with a first-line indent. */
	record Paragraph(String text) implements Block {
	}

	/**
	 * An item of a list, with its label (a dash, a letter, a number) and text; {@code boldLead} is
	 * printed bold before the text (e.g. a task's name before its details).
	 */
	record Item(String label, @Nullable String boldLead, String text) implements Block {
	}

	/**
	 * A table: header rows (cells may span columns and rows, as official forms merge them), then
	 * body rows. Numbers are right-aligned.
	 *
	 * @param caption a line above the table, e.g. Biểu 1. Kết quả khắc phục theo đơn vị; may be empty
	 */
	record Table(String caption, List<List<Cell>> headerRows, List<List<Cell>> rows) implements Block {

		public Table {
			headerRows = List.copyOf(headerRows);
			rows = List.copyOf(rows);
		}
	}

	/** A chart rendered on the server (PNG) with its caption; {@code widthMm} on the page. */
	record Chart(String caption, byte[] png, int widthMm) implements Block {
	}

	/**
	 * A table cell.
	 *
	 * @param colSpan columns covered (1 for a plain cell)
	 * @param rowSpan rows covered (1 for a plain cell); covered positions are simply left out of later rows
	 * @param numeric right-aligned
	 */
	record Cell(String text, int colSpan, int rowSpan, boolean bold, boolean numeric) {

		public static Cell text(String text) {
			return new Cell(text, 1, 1, false, false);
		}

		public static Cell number(long value) {
			return new Cell(Long.toString(value), 1, 1, false, true);
		}

		public static Cell header(String text, int colSpan, int rowSpan) {
			return new Cell(text, colSpan, rowSpan, true, false);
		}
	}
}
