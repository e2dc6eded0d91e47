package vn.xdd.document.report;

import vn.xdd.document.ReportDraft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as an Excel file laid out as official forms are: a title naming the unit and
 * the period across the table, then Biểu 1 and Biểu 2 with merged two-row headers; figures as
 * numbers, shares as numbers formatted in percent, Times New Roman, borders.
 */
public final class StatisticsWorkbook {

	static final int COLUMNS = 9;

	private StatisticsWorkbook() {
	}

	public static String title(String unitName, ReportDraft draft) {
		return "Kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm của " + unitName + " từ ngày "
				+ vn.xdd.document.content.Texts.day(draft.periodFrom()) + " đến ngày "
				+ vn.xdd.document.content.Texts.day(draft.periodTo());
	}

	public static byte[] xlsx(String title, ReportFigures figures) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet("Thống kê");
			Row titleRow = sheet.createRow(0);
			titleRow.setHeightInPoints(36);
			cell(titleRow, 0, title, styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
			int next = table(sheet, styles, 2, ReportFigures.TABLE1_CAPTION, "Đơn vị", figures.unitRows());
			table(sheet, styles, next + 1, ReportFigures.TABLE2_CAPTION, "Biểu hiện, lĩnh vực", figures.tagRows());
			int[] widths = { 6, 42, 10, 14, 14, 14, 14, 10, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes a table from {@code top}; returns the first row after it. */
	private static int table(Sheet sheet, Styles styles, int top, String caption, String nameHeader, List<ReportFigures.Row> rows) {
		cell(sheet.createRow(top), 0, caption, styles.caption);
		sheet.addMergedRegion(new CellRangeAddress(top, top, 0, COLUMNS - 1));
		Row h1 = sheet.createRow(top + 1);
		Row h2 = sheet.createRow(top + 2);
		h2.setHeightInPoints(48);
		for (int c = 0; c < COLUMNS; c++) {
			cell(h1, c, "", styles.header);
			cell(h2, c, "", styles.header);
		}
		String[] spanning = { "TT", nameHeader, "Tổng số" };
		for (int c = 0; c < spanning.length; c++) {
			h1.getCell(c).setCellValue(spanning[c]);
			sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, c, c));
		}
		h1.getCell(3).setCellValue("Kết quả khắc phục");
		sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 3, 6));
		for (int i = 0; i < ReportFigures.RESULT_COLUMNS.size(); i++) {
			h2.getCell(3 + i).setCellValue(ReportFigures.RESULT_COLUMNS.get(i));
		}
		h1.getCell(7).setCellValue("Quá hạn");
		sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, 7, 7));
		h1.getCell(8).setCellValue("Tỷ lệ (%)");
		sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 2, 8, 8));

		int r = top + 3;
		for (ReportFigures.Row row : rows) {
			Row line = sheet.createRow(r++);
			cell(line, 0, row.number(), row.total() ? styles.boldText : styles.centre);
			cell(line, 1, row.label(), row.total() ? styles.boldText : styles.text);
			List<Long> counts = row.counts();
			for (int i = 0; i < counts.size(); i++) {
				Cell c = line.createCell(2 + i);
				c.setCellValue(counts.get(i));
				c.setCellStyle(row.total() ? styles.boldNumber : styles.number);
			}
			Cell share = line.createCell(8);
			BigDecimal percent = row.percent();
			if (percent != null) {
				share.setCellValue(percent.movePointLeft(2).doubleValue());
			}
			share.setCellStyle(styles.percent);
		}
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getFirstRow() > top && region.getFirstRow() <= top + 2) {
				RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
				RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
				RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
				RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
			}
		}
		return r;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle caption;

		final CellStyle header;

		final CellStyle text;

		final CellStyle centre;

		final CellStyle boldText;

		final CellStyle number;

		final CellStyle boldNumber;

		final CellStyle percent;

		Styles(XSSFWorkbook workbook) {
			Font regular = font(workbook, false, 12);
			Font bold = font(workbook, true, 12);
			title = workbook.createCellStyle();
			title.setFont(font(workbook, true, 14));
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			title.setWrapText(true);
			caption = workbook.createCellStyle();
			caption.setFont(bold);
			header = bordered(workbook, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setWrapText(true);
			text = bordered(workbook, regular);
			text.setWrapText(true);
			centre = bordered(workbook, regular);
			centre.setAlignment(HorizontalAlignment.CENTER);
			boldText = bordered(workbook, bold);
			number = bordered(workbook, regular);
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			boldNumber = bordered(workbook, bold);
			boldNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			percent = bordered(workbook, regular);
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		}

		private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
			Font font = workbook.createFont();
			font.setFontName("Times New Roman");
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}
	}
}
