package vn.xdd.discipline.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.shared.VietnameseText;

/**
 * The statistics of a period as the Excel table committees send upward: a title naming the unit and
 * the period, one row per kind of subject (organisations; members, full and probationary) and the
 * total, one column per form; figures as numbers, Times New Roman, borders.
 */
@Component
class StatisticsWorkbook {

	static final List<DisciplineForm> FORMS = List.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING,
			DisciplineForm.REMOVAL_FROM_POST, DisciplineForm.EXPULSION, DisciplineForm.DISSOLUTION);

	private final MessageSource messages;

	StatisticsWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(CaseViews.Statistics stats, String unitName, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle title = style(workbook, true, 14, false);
			CellStyle header = style(workbook, true, 12, true);
			CellStyle text = style(workbook, false, 12, true);
			CellStyle bold = style(workbook, true, 12, true);
			text.setAlignment(HorizontalAlignment.LEFT);
			bold.setAlignment(HorizontalAlignment.LEFT);
			CellStyle number = style(workbook, false, 12, true);
			CellStyle boldNumber = style(workbook, true, 12, true);
			Sheet sheet = workbook.createSheet(message("discipline.xlsx.sheet", locale));
			int columns = 3 + FORMS.size();
			Row titleRow = sheet.createRow(0);
			titleRow.setHeightInPoints(40);
			cell(titleRow, 0, message("discipline.xlsx.title", locale, unitName, VietnameseText.date(stats.from()),
					VietnameseText.date(stats.until())), title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			Row h1 = sheet.createRow(2);
			Row h2 = sheet.createRow(3);
			for (int c = 0; c < columns; c++) {
				cell(h1, c, "", header);
				cell(h2, c, "", header);
			}
			h1.getCell(0).setCellValue(message("discipline.xlsx.number", locale));
			h1.getCell(1).setCellValue(message("discipline.xlsx.subject", locale));
			h1.getCell(2).setCellValue(message("discipline.xlsx.total", locale));
			h1.getCell(3).setCellValue(message("discipline.xlsx.byForm", locale));
			for (int c = 0; c < 3; c++) {
				sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
			}
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, columns - 1));
			for (int i = 0; i < FORMS.size(); i++) {
				h2.getCell(3 + i).setCellValue(message(FORMS.get(i).messageKey(), locale));
			}
			int r = 4;
			r = line(sheet, r, "1", message("disciplineSubject.ORGANIZATION", locale), stats,
					List.of(SubjectKind.ORGANIZATION), text, number);
			r = line(sheet, r, "2", message("discipline.xlsx.members", locale), stats,
					List.of(SubjectKind.FULL_MEMBER, SubjectKind.PROBATIONARY_MEMBER), bold, boldNumber);
			r = line(sheet, r, "", message("disciplineSubject.FULL_MEMBER", locale), stats,
					List.of(SubjectKind.FULL_MEMBER), text, number);
			r = line(sheet, r, "", message("disciplineSubject.PROBATIONARY_MEMBER", locale), stats,
					List.of(SubjectKind.PROBATIONARY_MEMBER), text, number);
			line(sheet, r, "", message("discipline.xlsx.grandTotal", locale), stats, List.of(SubjectKind.values()), bold,
					boldNumber);
			int[] widths = { 6, 36, 10, 13, 13, 13, 13, 13 };
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

	private static int line(Sheet sheet, int r, String number, String label, CaseViews.Statistics stats,
			List<SubjectKind> kinds, CellStyle labelStyle, CellStyle numberStyle) {
		Row row = sheet.createRow(r);
		cell(row, 0, number, numberStyle);
		cell(row, 1, label, labelStyle);
		long total = 0;
		for (int i = 0; i < FORMS.size(); i++) {
			DisciplineForm form = FORMS.get(i);
			long n = kinds.stream().mapToLong(k -> stats.count(k, form)).sum();
			total += n;
			Cell c = row.createCell(3 + i);
			c.setCellValue(n);
			c.setCellStyle(numberStyle);
		}
		Cell t = row.createCell(2);
		t.setCellValue(total);
		t.setCellStyle(numberStyle);
		return r + 1;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return java.util.Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static CellStyle style(XSSFWorkbook workbook, boolean bold, int size, boolean bordered) {
		Font font = workbook.createFont();
		font.setFontName("Times New Roman");
		font.setBold(bold);
		font.setFontHeightInPoints((short) size);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}
}
