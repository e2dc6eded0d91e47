package vn.xdd.organization.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.organization.domain.MemberField;

/**
 * Writes member workbooks with the columns of {@link MemberField}, in its order: the import
 * template (header, an example row, a sheet of instructions) and exports (streamed with
 * {@link SXSSFWorkbook}, a window of rows in memory, the rest in compressed temporary files). Dates
 * are real Excel dates shown dd/MM/yyyy; identifiers are text, so their leading zeros stay.
 */
@Component
public class MemberWorkbookWriter {

	/** Rows of the template where the drop-down lists of sex, theory level and status apply. */
	static final int TEMPLATE_ROWS = 100_000;

	/** The template's example row: the reader tells the user to delete it if it is left in. */
	public static final String EXAMPLE_NAME = "NGUYỄN VĂN AN";

	public static final String EXAMPLE_CITIZEN_ID = "020085001234";

	/** How a column's cells are stored. */
	enum Kind {
		TEXT, DATE, NUMBER
	}

	/** Whether a field must be filled in; labels: messages {@code memberImportRequirement.<NAME>}. */
	public enum Requirement {
		REQUIRED, CHAPTER, FULL_MEMBER, OPTIONAL;

		public String messageKey() {
			return "memberImportRequirement." + name();
		}

		public static Requirement of(MemberField field) {
			return switch (field) {
				case FULL_NAME, BIRTH_DATE, SEX, ADMITTED_ON -> REQUIRED;
				case CHAPTER_ID, CHAPTER_NAME -> CHAPTER;
				case FULL_MEMBER_ON -> FULL_MEMBER;
				default -> OPTIONAL;
			};
		}
	}

	static Kind kind(MemberField field) {
		return switch (field) {
			case BIRTH_DATE, ADMITTED_ON, FULL_MEMBER_ON -> Kind.DATE;
			case CHAPTER_ID -> Kind.NUMBER;
			default -> Kind.TEXT;
		};
	}

	/** Column width in characters. */
	static int width(MemberField field) {
		return switch (field) {
			case FULL_NAME -> 26;
			case HOME_TOWN, RESIDENCE -> 34;
			case QUALIFICATION, CHAPTER_NAME -> 28;
			case STATUS -> 18;
			case CITIZEN_ID, PARTY_CARD_NO, MEMBER_FILE_NO, POLITICAL_THEORY, PHONE -> 15;
			case BIRTH_DATE, ADMITTED_ON, FULL_MEMBER_ON -> 13;
			default -> 11;
		};
	}

	private final WorkbookText text;

	public MemberWorkbookWriter(WorkbookText text) {
		this.text = text;
	}

	/** The general notes of the instructions sheet: messages {@code memberImportNote.1…}. */
	public static final int NOTES = 8;

	/** The import template: title, header, example row, and the sheet "Hướng dẫn". */
	public void writeTemplate(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(text.get("member.import.template.sheet"));
			layout(sheet, styles, text.get("member.import.template.title"), true);
			Row row = sheet.createRow(2);
			Map<MemberField, Object> example = example();
			for (MemberField field : MemberField.values()) {
				writeCell(row, field, example.get(field), styles.example(kind(field)));
			}
			dropDowns(sheet);
			List<String> notes = new java.util.ArrayList<>();
			for (int i = 1; i <= NOTES; i++) {
				notes.add(text.get(noteKey(i)));
			}
			help(workbook, styles, notes);
			workbook.write(out);
		}
	}

	/** How to fill in a column, in the instructions sheet. */
	public static String helpKey(MemberField field) {
		return "memberImportHelp." + field.name();
	}

	public static String noteKey(int number) {
		return "memberImportNote." + number;
	}

	/** A made-up member, the name in capitals as forms write it, the home town by new and old names. */
	private Map<MemberField, Object> example() {
		Map<MemberField, Object> example = new EnumMap<>(MemberField.class);
		example.put(MemberField.FULL_NAME, EXAMPLE_NAME);
		example.put(MemberField.BIRTH_DATE, LocalDate.of(1985, 3, 15));
		example.put(MemberField.SEX, text.get("sex.MALE"));
		example.put(MemberField.ETHNICITY, "Kinh");
		example.put(MemberField.RELIGION, "Không");
		example.put(MemberField.HOME_TOWN, "Xã Hữu Lũng, tỉnh Lạng Sơn (trước đây: thị trấn Hữu Lũng, huyện Hữu Lũng)");
		example.put(MemberField.RESIDENCE, "Thôn Đông, xã Hữu Lũng, tỉnh Lạng Sơn");
		example.put(MemberField.CITIZEN_ID, EXAMPLE_CITIZEN_ID);
		example.put(MemberField.PARTY_CARD_NO, "12345678");
		example.put(MemberField.MEMBER_FILE_NO, "012345LS");
		example.put(MemberField.ADMITTED_ON, LocalDate.of(2010, 2, 3));
		example.put(MemberField.FULL_MEMBER_ON, LocalDate.of(2011, 2, 3));
		example.put(MemberField.EDUCATION, "12/12");
		example.put(MemberField.QUALIFICATION, "Cử nhân Luật");
		example.put(MemberField.POLITICAL_THEORY, text.get("politicalTheory.INTERMEDIATE"));
		example.put(MemberField.PHONE, "0912345678");
		example.put(MemberField.STATUS, text.get("memberStatus.FULL"));
		example.put(MemberField.CHAPTER_NAME, "Chi bộ Thôn Đông");
		return example;
	}

	private void dropDowns(Sheet sheet) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		Map<MemberField, String[]> lists = new EnumMap<>(MemberField.class);
		lists.put(MemberField.SEX, new String[] { text.get("sex.MALE"), text.get("sex.FEMALE") });
		lists.put(MemberField.POLITICAL_THEORY,
				new String[] { text.get("politicalTheory.ELEMENTARY"), text.get("politicalTheory.INTERMEDIATE"),
						text.get("politicalTheory.ADVANCED"), text.get("politicalTheory.BACHELOR") });
		lists.put(MemberField.STATUS, new String[] { text.get("memberStatus.PROBATIONARY"),
				text.get("memberStatus.FULL"), text.get("memberStatus.EXEMPTED"), text.get("memberStatus.SUSPENDED") });
		for (Map.Entry<MemberField, String[]> list : lists.entrySet()) {
			int column = list.getKey().ordinal();
			DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(list.getValue()),
					new CellRangeAddressList(2, TEMPLATE_ROWS + 1, column, column));
			// A suggestion, not a lock: the import also reads other spellings ("nu", "NỮ") and codes.
			validation.setShowErrorBox(false);
			validation.setSuppressDropDownArrow(true);
			sheet.addValidationData(validation);
		}
	}

	private void help(Workbook workbook, Styles styles, List<String> notes) {
		Sheet help = workbook.createSheet(text.get("member.import.help.sheet"));
		help.setColumnWidth(0, 24 * 256);
		help.setColumnWidth(1, 22 * 256);
		help.setColumnWidth(2, 90 * 256);
		Row title = help.createRow(0);
		cell(title, 0, text.get("member.import.help.title"), styles.title);
		Row head = help.createRow(1);
		cell(head, 0, text.get("member.import.help.column"), styles.header);
		cell(head, 1, text.get("member.import.help.required"), styles.header);
		cell(head, 2, text.get("member.import.help.format"), styles.header);
		int r = 2;
		for (MemberField field : MemberField.values()) {
			Row row = help.createRow(r++);
			Requirement requirement = Requirement.of(field);
			cell(row, 0, text.header(field), requirement == Requirement.REQUIRED ? styles.requiredLabel : styles.wrapped);
			cell(row, 1, text.get(requirement.messageKey()), styles.wrapped);
			cell(row, 2, text.get(helpKey(field)), styles.wrapped);
		}
		r++;
		Row notesHead = help.createRow(r++);
		cell(notesHead, 0, text.get("member.import.help.notes"), styles.bold);
		for (String note : notes) {
			Row row = help.createRow(r);
			cell(row, 0, note, styles.wrapped);
			help.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
			row.setHeightInPoints(32);
			r++;
		}
	}

	/** Title row, header row, widths, column formats, frozen header: the same in template and export. */
	private void layout(Sheet sheet, Styles styles, String title, boolean template) {
		int last = MemberField.values().length - 1;
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(24);
		cell(titleRow, 0, title, styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
		Row header = sheet.createRow(1);
		header.setHeightInPoints(32);
		for (MemberField field : MemberField.values()) {
			int column = field.ordinal();
			sheet.setColumnWidth(column, width(field) * 256);
			sheet.setDefaultColumnStyle(column, styles.column(kind(field)));
			boolean required = template && Requirement.of(field) == Requirement.REQUIRED;
			cell(header, column, text.header(field), required ? styles.requiredHeader : styles.header);
		}
		sheet.createFreezePane(1, 2);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getFooter().setCenter(text.get("member.export.marking"));
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void writeCell(Row row, MemberField field, @Nullable Object value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(field.ordinal());
		cell.setCellStyle(style);
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/**
	 * Starts an export: title row naming the unit and the day, the header row, then one row per
	 * {@link Export#row} call, streamed.
	 */
	public Export startExport(String title) {
		return new Export(title);
	}

	/** An export being written; {@link #close()} deletes its temporary files. */
	public final class Export implements Closeable {

		private final SXSSFWorkbook workbook;

		private final Sheet sheet;

		private final Styles styles;

		private int next = 2;

		Export(String title) {
			workbook = new SXSSFWorkbook(200);
			workbook.setCompressTempFiles(true);
			styles = new Styles(workbook);
			sheet = workbook.createSheet(text.get("member.import.template.sheet"));
			layout(sheet, styles, title, false);
			sheet.setAutoFilter(new CellRangeAddress(1, 1, 0, MemberField.values().length - 1));
		}

		/**
		 * Records in the file that ethnicity and religion were left empty for some rows, so that
		 * importing it back does not erase them.
		 */
		public void markSensitiveWithheld() {
			workbook.getXSSFWorkbook()
				.getProperties()
				.getCustomProperties()
				.addProperty(MemberSheetReader.SENSITIVE_WITHHELD_PROPERTY, true);
		}

		/** One member: a value per field (String, LocalDate or Number); null leaves the cell empty. */
		public void row(Map<MemberField, @Nullable Object> values) {
			Row row = sheet.createRow(next++);
			for (MemberField field : MemberField.values()) {
				writeCell(row, field, values.get(field), styles.cell(kind(field)));
			}
		}

		public long rows() {
			return next - 2L;
		}

		public void write(OutputStream out) throws IOException {
			workbook.write(out);
		}

		@Override
		public void close() throws IOException {
			workbook.close();
		}
	}

	/** The cell styles of a workbook (a workbook holds a limited number of styles: made once). */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle requiredHeader;

		final CellStyle requiredLabel;

		final CellStyle bold;

		final CellStyle wrapped;

		final Map<Kind, CellStyle> columns = new EnumMap<>(Kind.class);

		final Map<Kind, CellStyle> cells = new EnumMap<>(Kind.class);

		final Map<Kind, CellStyle> examples = new EnumMap<>(Kind.class);

		Styles(Workbook workbook) {
			short textFormat = workbook.createDataFormat().getFormat("@");
			short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
			short numberFormat = workbook.createDataFormat().getFormat("0");
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			titleFont.setColor(IndexedColors.DARK_RED.getIndex());
			title = workbook.createCellStyle();
			title.setFont(titleFont);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			header = headerStyle(workbook, boldFont, IndexedColors.GREY_25_PERCENT);
			Font requiredFont = workbook.createFont();
			requiredFont.setBold(true);
			requiredFont.setColor(IndexedColors.DARK_RED.getIndex());
			requiredHeader = headerStyle(workbook, requiredFont, IndexedColors.LIGHT_YELLOW);
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			requiredLabel = workbook.createCellStyle();
			requiredLabel.cloneStyleFrom(wrapped);
			requiredLabel.setFont(requiredFont);
			Font exampleFont = workbook.createFont();
			exampleFont.setItalic(true);
			exampleFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
			for (Kind kind : Kind.values()) {
				short format = kind == Kind.DATE ? dateFormat : kind == Kind.NUMBER ? numberFormat : textFormat;
				CellStyle column = workbook.createCellStyle();
				column.setDataFormat(format);
				columns.put(kind, column);
				CellStyle cell = workbook.createCellStyle();
				cell.setDataFormat(format);
				cell.setVerticalAlignment(VerticalAlignment.TOP);
				cells.put(kind, cell);
				CellStyle example = workbook.createCellStyle();
				example.cloneStyleFrom(cell);
				example.setFont(exampleFont);
				examples.put(kind, example);
			}
		}

		private static CellStyle headerStyle(Workbook workbook, Font font, IndexedColors fill) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		CellStyle column(Kind kind) {
			return java.util.Objects.requireNonNull(columns.get(kind));
		}

		CellStyle cell(Kind kind) {
			return java.util.Objects.requireNonNull(cells.get(kind));
		}

		CellStyle example(Kind kind) {
			return java.util.Objects.requireNonNull(examples.get(kind));
		}
	}
}
