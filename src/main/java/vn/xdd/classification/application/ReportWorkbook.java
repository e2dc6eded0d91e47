package vn.xdd.classification.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.xdd.classification.ClassificationChanged;
import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.Wording;
import vn.xdd.classification.application.ClassificationViews.Change;
import vn.xdd.classification.application.ClassificationViews.Report;
import vn.xdd.classification.application.ClassificationViews.TableRow;
import vn.xdd.classification.application.ClassificationViews.TwoYears;

/**
 * The classification report as the Excel table committees send upward: the table of counts and
 * shares per level (organisations by kind, members; evaluated and not), the changes made by the
 * appraisal with their reasons, and the members not completed two years running. Times New Roman,
 * borders, figures as numbers. The download is audited (it names members).
 */
@Component
public class ReportWorkbook {

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ReportWorkbook(MessageSource messages, ApplicationEventPublisher events) {
		this.messages = messages;
		this.events = events;
	}

	public byte[] write(Report report, Locale locale) {
		events.publishEvent(new ClassificationChanged("CLASSIFICATION_ROUND", String.valueOf(report.round().id()), "EXPORT",
				"audit.text.classificationExported", List.of(String.valueOf(report.round().year()), report.round().unitName())));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle title = style(workbook, true, 14, false);
			CellStyle header = style(workbook, true, 12, true);
			CellStyle text = style(workbook, false, 12, true);
			text.setAlignment(HorizontalAlignment.LEFT);
			CellStyle number = style(workbook, false, 12, true);
			Wording wording = report.wording();
			Sheet sheet = workbook.createSheet(message("classification.xlsx.sheet", locale));
			List<Level> levels = List.of(Level.values());
			int columns = 4 + levels.size() * 2;
			Row titleRow = sheet.createRow(0);
			titleRow.setHeightInPoints(40);
			cell(titleRow, 0, message("classification.xlsx.title", locale, String.valueOf(report.round().year()),
					report.round().unitName()), title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			Row sub = sheet.createRow(1);
			cell(sub, 0, report.round().citation(), style(workbook, false, 12, false));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
			Row h1 = sheet.createRow(3);
			Row h2 = sheet.createRow(4);
			h1.setHeightInPoints(48);
			for (int c = 0; c < columns; c++) {
				cell(h1, c, "", header);
				cell(h2, c, "", header);
			}
			h1.getCell(0).setCellValue(message("classification.xlsx.number", locale));
			h1.getCell(1).setCellValue(message("classification.xlsx.subject", locale));
			h1.getCell(2).setCellValue(message("classification.xlsx.evaluated", locale));
			h1.getCell(3).setCellValue(message("classification.xlsx.notEvaluated", locale));
			for (int c = 0; c < 4; c++) {
				sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
			}
			for (int i = 0; i < levels.size(); i++) {
				int c = 4 + i * 2;
				h1.getCell(c).setCellValue(message(wording.messageKey(levels.get(i), SubjectKind.ORGANIZATION), locale)
						+ (wording == Wording.HTNV ? "" : " / " + message(wording.messageKey(levels.get(i), SubjectKind.MEMBER), locale)));
				sheet.addMergedRegion(new CellRangeAddress(3, 3, c, c + 1));
				h2.getCell(c).setCellValue(message("classification.xlsx.count", locale));
				h2.getCell(c + 1).setCellValue(message("classification.xlsx.percent", locale));
			}
			int r = 5;
			int n = 1;
			for (TableRow row : report.table()) {
				Row line = sheet.createRow(r++);
				numberCell(line, 0, n++, number);
				cell(line, 1, message(row.labelKey(), locale), text);
				numberCell(line, 2, row.evaluated(), number);
				numberCell(line, 3, row.notEvaluated(), number);
				for (int i = 0; i < levels.size(); i++) {
					numberCell(line, 4 + i * 2, row.count(levels.get(i)), number);
					Cell share = line.createCell(5 + i * 2);
					share.setCellValue(row.evaluated() == 0 ? 0 : Math.round(row.count(levels.get(i)) * 1000.0 / row.evaluated()) / 10.0);
					share.setCellStyle(number);
				}
			}
			int[] widths = { 6, 34, 12, 12, 11, 9, 11, 9, 11, 9, 11, 9 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			changes(workbook, report, locale, header, text);
			twoYears(workbook, report, locale, header, text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void changes(XSSFWorkbook workbook, Report report, Locale locale, CellStyle header, CellStyle text) {
		Sheet sheet = workbook.createSheet(message("classification.xlsx.changes", locale));
		Row h = sheet.createRow(0);
		String[] heads = { "classification.xlsx.number", "classification.xlsx.name", "classification.xlsx.unit",
				"classification.xlsx.proposed", "classification.xlsx.appraised", "classification.xlsx.decided",
				"classification.xlsx.reason" };
		for (int i = 0; i < heads.length; i++) {
			cell(h, i, message(heads[i], locale), header);
		}
		int r = 1;
		for (Change change : report.changes()) {
			Row row = sheet.createRow(r);
			cell(row, 0, String.valueOf(r), text);
			cell(row, 1, change.name(), text);
			cell(row, 2, change.unitName(), text);
			cell(row, 3, level(report.wording(), change.proposed(), change.kind(), locale), text);
			cell(row, 4, level(report.wording(), change.appraised(), change.kind(), locale), text);
			cell(row, 5, level(report.wording(), change.decided(), change.kind(), locale), text);
			cell(row, 6, change.reason(), text);
			r++;
		}
		int[] widths = { 6, 28, 28, 24, 24, 24, 50 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	private void twoYears(XSSFWorkbook workbook, Report report, Locale locale, CellStyle header, CellStyle text) {
		Sheet sheet = workbook.createSheet(message("classification.xlsx.twoYears", locale));
		Row h = sheet.createRow(0);
		String[] heads = { "classification.xlsx.number", "classification.xlsx.name", "classification.xlsx.unit",
				"classification.xlsx.thisYear", "classification.xlsx.lastYear" };
		for (int i = 0; i < heads.length; i++) {
			cell(h, i, message(heads[i], locale), header);
		}
		int r = 1;
		for (TwoYears flag : report.twoYears()) {
			Row row = sheet.createRow(r);
			cell(row, 0, String.valueOf(r), text);
			cell(row, 1, flag.name(), text);
			cell(row, 2, flag.unitName(), text);
			cell(row, 3, level(report.wording(), flag.thisYear(), SubjectKind.MEMBER, locale), text);
			cell(row, 4, message(flag.lastYear().messageKey(), locale) + " (" + flag.lastYear().year() + ")", text);
			r++;
		}
		int[] widths = { 6, 28, 28, 32, 40 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	private String level(Wording wording, @Nullable Level level, SubjectKind kind, Locale locale) {
		return level == null ? "" : message(wording.messageKey(level, kind), locale);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
	}

	private static void numberCell(Row row, int column, long value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
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
