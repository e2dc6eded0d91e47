package vn.xdd.organization.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.xdd.organization.domain.MemberField;
import vn.xdd.shared.VietnameseText;

/**
 * Reads a member list from an .xlsx file as a stream of rows, never holding the workbook in
 * memory (POI's event API: {@link XSSFReader} opens the package, SAX reads the sheet and the shared
 * strings, with a handler that makes no XMLBeans object per cell), so that a file of 100,000 rows
 * costs little more memory than its shared strings. The first sheet holding the template's
 * header row is read; columns are found by their header, in any order; blank rows are skipped.
 *
 * <p>Before any row is read the file is checked, and refused with a Vietnamese reason: empty, not
 * an OOXML (zip) file whatever its name, an encrypted workbook or an old .xls (both OLE2
 * containers), a zip bomb (POI's {@code ZipSecureFile} inflate-ratio and entry-size limits), a sheet
 * without the header row or without data rows.
 */
@Component
public class MemberSheetReader {

	/** Document property set by an export whose ethnicity and religion columns were left empty. */
	public static final String SENSITIVE_WITHHELD_PROPERTY = "xdd-sensitive-withheld";

	/** How far down a sheet the header row is looked for (the template has it on row 2). */
	static final int HEADER_SEARCH_ROWS = 20;

	/** A row is the header row when at least this many cells are column headers of the template. */
	static final int HEADER_MIN_MATCHES = 3;

	/** Columns a file must have; of the chapter columns, one is enough; the status is optional. */
	static final Set<MemberField> REQUIRED_COLUMNS = EnumSet.complementOf(
			EnumSet.of(MemberField.STATUS, MemberField.CHAPTER_ID, MemberField.CHAPTER_NAME));

	/** A cell's content, and whether Excel stored it as a number (leading zeros are then lost). */
	public record Cell(String text, boolean numeric) {
	}

	/** A data row: its number as Excel shows it (from 1), and its non-empty cells by column. */
	public record SheetRow(int number, Map<MemberField, Cell> cells) {

		public @Nullable Cell cell(MemberField field) {
			return cells.get(field);
		}
	}

	/**
	 * What the reader found before the first row.
	 *
	 * @param columns the template's columns the sheet has
	 * @param sensitiveWithheld whether the file is an export whose ethnicity and religion were left
	 *        empty for a user who may not see them
	 */
	public record Layout(String sheetName, int headerRow, Set<MemberField> columns, boolean sensitiveWithheld) {
	}

	/** Receives the rows of the sheet, in order. */
	public interface Rows {

		default void start(Layout layout) {
		}

		void row(SheetRow row);

		/** How far the reading is, in bytes of the sheet's XML (total is -1 when unknown). */
		default void progress(long bytesRead, long bytesTotal) {
		}
	}

	private final WorkbookText text;

	private final Map<String, MemberField> headers = new HashMap<>();

	public MemberSheetReader(WorkbookText text) {
		this.text = text;
		for (MemberField field : MemberField.values()) {
			headers.put(headerKey(text.header(field)), field);
			headers.put(headerKey(field.name()), field);
		}
	}

	/** Checks the file and reads up to its first data row, so that a bad file is refused at once. */
	public Layout inspect(Path file) {
		Layout[] found = new Layout[1];
		read(file, new Rows() {

			@Override
			public void start(Layout layout) {
				found[0] = layout;
			}

			@Override
			public void row(SheetRow row) {
				throw new StopReading();
			}
		});
		return found[0];
	}

	/** Reads every data row of the file into {@code rows}; refuses a bad file before the first row. */
	public void read(Path file, Rows rows) {
		checkContainer(file);
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception | StackOverflowError e) {
			throw refusal(e);
		}
		try {
			readPackage(pkg, rows);
		}
		catch (StopReading e) {
			// The caller had enough.
		}
		catch (ConsumerFailure e) {
			throw e.getCause();
		}
		catch (MemberFileRejected e) {
			throw e;
		}
		catch (Exception e) {
			// The XML parser may have wrapped what a handler threw.
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof StopReading) {
					return;
				}
				if (cause instanceof ConsumerFailure failure) {
					throw failure.getCause();
				}
				if (cause instanceof MemberFileRejected rejected) {
					throw rejected;
				}
			}
			throw refusal(e);
		}
		finally {
			// A package opened for reading is reverted, not closed (closing would try to save it).
			pkg.revert();
		}
	}

	private void readPackage(OPCPackage pkg, Rows rows) throws Exception {
		boolean withheld = sensitiveWithheld(pkg);
		XSSFReader reader = new XSSFReader(pkg);
		List<String> strings = sharedStrings(pkg);
		StylesTable styles = reader.getStylesTable();
		boolean date1904 = date1904(reader);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		SheetHandler best = null;
		while (sheets.hasNext()) {
			try (InputStream raw = sheets.next()) {
				CountingInputStream in = new CountingInputStream(raw);
				SheetHandler handler = new SheetHandler(sheets.getSheetName(), withheld, rows, in,
						sheets.getSheetPart().getSize());
				try {
					parse(in, new CellReader(strings, styles, date1904, handler));
				}
				catch (Exception e) {
					if (!causedBy(e, HeaderNotFound.class)) {
						throw e;
					}
					// Not this sheet: try the next one.
				}
				if (handler.layout != null) {
					if (handler.dataRows == 0) {
						throw new MemberFileRejected("member.import.error.noRows", handler.sheetName);
					}
					return;
				}
				if (best == null || handler.bestMatches.size() > best.bestMatches.size()) {
					best = handler;
				}
			}
		}
		if (best == null) {
			throw new MemberFileRejected("member.import.error.unreadable");
		}
		throw new MemberFileRejected("member.import.error.noHeader", best.sheetName, missingText(best.bestMatches));
	}

	private static void parse(InputStream in, DefaultHandler handler) throws Exception {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		parser.parse(new InputSource(in));
	}

	/**
	 * The workbook's shared strings as plain text (rich-text runs joined, phonetic guides left out),
	 * read with SAX: no XMLBeans object per string, which would cost far more than the text.
	 */
	static List<String> sharedStrings(OPCPackage pkg) throws Exception {
		List<String> strings = new ArrayList<>();
		for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
			try (InputStream in = part.getInputStream()) {
				parse(in, new DefaultHandler() {

					final StringBuilder text = new StringBuilder();

					boolean inText;

					int phonetic;

					@Override
					public void startElement(String uri, String localName, String qName, Attributes attributes) {
						switch (localName) {
							case "si" -> text.setLength(0);
							case "rPh" -> phonetic++;
							case "t" -> inText = phonetic == 0;
							default -> {
							}
						}
					}

					@Override
					public void endElement(String uri, String localName, String qName) {
						switch (localName) {
							case "si" -> strings.add(text.toString());
							case "rPh" -> phonetic--;
							case "t" -> inText = false;
							default -> {
							}
						}
					}

					@Override
					public void characters(char[] ch, int start, int length) {
						if (inText) {
							text.append(ch, start, length);
						}
					}
				});
			}
		}
		return strings;
	}

	/** Whether the workbook counts days from 1904 (old Mac workbooks) rather than 1900. */
	private static boolean date1904(XSSFReader reader) throws Exception {
		boolean[] found = new boolean[1];
		try (InputStream in = reader.getWorkbookData()) {
			parse(in, new DefaultHandler() {

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
			});
		}
		return found[0];
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** Empty, not a zip container, or an OLE2 container (an encrypted workbook, or an old .xls). */
	private static void checkContainer(Path file) {
		try {
			if (Files.size(file) == 0) {
				throw new MemberFileRejected("member.import.error.empty");
			}
			FileMagic magic = FileMagic.valueOf(file.toFile());
			if (magic == FileMagic.OOXML) {
				return;
			}
			if (magic == FileMagic.OLE2) {
				try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
					if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
						throw new MemberFileRejected("member.import.error.encrypted");
					}
				}
				throw new MemberFileRejected("member.import.error.oldExcel");
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof MemberFileRejected rejected) {
				throw rejected;
			}
		}
		throw new MemberFileRejected("member.import.error.notXlsx");
	}

	private static boolean sensitiveWithheld(OPCPackage pkg) {
		try {
			CTProperty property = new POIXMLProperties(pkg).getCustomProperties().getProperty(SENSITIVE_WITHHELD_PROPERTY);
			return property != null && property.isSetBool() && property.getBool();
		}
		catch (Exception e) {
			return false;
		}
	}

	/** What a failure of POI means for the user: a zip bomb, or a file that is not a workbook. */
	static MemberFileRejected refusal(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
				return new MemberFileRejected("member.import.error.zipBomb");
			}
		}
		return new MemberFileRejected("member.import.error.unreadable");
	}

	private String missingText(Set<MemberField> found) {
		List<String> missing = new ArrayList<>();
		for (MemberField field : MemberField.values()) {
			if (REQUIRED_COLUMNS.contains(field) && !found.contains(field)) {
				missing.add(text.header(field));
			}
		}
		if (!found.contains(MemberField.CHAPTER_ID) && !found.contains(MemberField.CHAPTER_NAME)) {
			missing.add(text.get("member.import.chapterColumns", text.header(MemberField.CHAPTER_ID),
					text.header(MemberField.CHAPTER_NAME)));
		}
		return String.join(", ", missing);
	}

	static String headerKey(String label) {
		return VietnameseText.searchKey(label.replace("*", ""));
	}

	/** Column index (from 0) of a reference such as "AB12". */
	static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	/** Collects the cells of each row, finds the header row, then hands data rows on. */
	private final class SheetHandler {

		final String sheetName;

		final boolean withheld;

		final Rows rows;

		final CountingInputStream in;

		final long size;

		final Map<Integer, Cell> cells = new HashMap<>();

		int rowsBeforeHeader;

		@Nullable Map<Integer, MemberField> columns;

		@Nullable Layout layout;

		Set<MemberField> bestMatches = EnumSet.noneOf(MemberField.class);

		long dataRows;

		SheetHandler(String sheetName, boolean withheld, Rows rows, CountingInputStream in, long size) {
			this.sheetName = sheetName;
			this.withheld = withheld;
			this.rows = rows;
			this.in = in;
			this.size = size;
		}

		void startRow() {
			cells.clear();
		}

		void cell(int column, Cell cell) {
			if (!cell.text().isEmpty()) {
				cells.put(column, cell);
			}
		}

		void endRow(int rowNum) {
			if (columns == null) {
				findHeader(rowNum);
				return;
			}
			EnumMap<MemberField, Cell> values = new EnumMap<>(MemberField.class);
			for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
				MemberField field = columns.get(cell.getKey());
				if (field != null && !cell.getValue().text().isBlank()) {
					values.putIfAbsent(field, cell.getValue());
				}
			}
			if (values.isEmpty()) {
				return;
			}
			dataRows++;
			try {
				rows.row(new SheetRow(rowNum + 1, values));
				rows.progress(in.count, size);
			}
			catch (StopReading | MemberFileRejected e) {
				throw e;
			}
			catch (RuntimeException e) {
				throw new ConsumerFailure(e);
			}
		}

		private void findHeader(int rowNum) {
			Map<Integer, MemberField> found = new HashMap<>();
			Set<MemberField> matched = EnumSet.noneOf(MemberField.class);
			for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
				MemberField field = headers.get(headerKey(cell.getValue().text()));
				if (field != null && matched.add(field)) {
					found.put(cell.getKey(), field);
				}
			}
			if (matched.size() > bestMatches.size()) {
				bestMatches = matched;
			}
			if (matched.size() >= HEADER_MIN_MATCHES) {
				Set<MemberField> missing = new LinkedHashSet<>(REQUIRED_COLUMNS);
				missing.removeAll(matched);
				if (!missing.isEmpty()
						|| !matched.contains(MemberField.CHAPTER_ID) && !matched.contains(MemberField.CHAPTER_NAME)) {
					throw new MemberFileRejected("member.import.error.missingColumns", sheetName, missingText(matched));
				}
				columns = found;
				layout = new Layout(sheetName, rowNum + 1, matched, withheld);
				rows.start(layout);
				return;
			}
			if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
				throw new HeaderNotFound();
			}
		}
	}

	/**
	 * Reads the cells of a sheet's XML ({@code <row><c r="B3" t="s" s="2"><v>7</v></c>…}) into
	 * texts: shared and inline strings as written, dates (numbers in a date format) as ISO text
	 * ("1985-03-15") whatever their display format, other numbers in full and marked as numbers (a
	 * citizen ID typed as a number would otherwise read "1.23457E+11" and has lost its leading zero).
	 */
	private static final class CellReader extends DefaultHandler {

		private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

		final List<String> strings;

		final @Nullable StylesTable styles;

		final boolean date1904;

		final SheetHandler sheet;

		final Map<Integer, Boolean> dateStyles = new HashMap<>();

		final StringBuilder value = new StringBuilder();

		int row = -1;

		int column;

		@Nullable String type;

		int style;

		boolean inValue;

		boolean inInline;

		int phonetic;

		CellReader(List<String> strings, @Nullable StylesTable styles, boolean date1904, SheetHandler sheet) {
			this.strings = strings;
			this.styles = styles;
			this.date1904 = date1904;
			this.sheet = sheet;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!MAIN.equals(uri)) {
				return;
			}
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
					column = -1;
					sheet.startRow();
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? column + 1 : column(r);
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s == null ? 0 : Integer.parseInt(s.strip());
					value.setLength(0);
				}
				case "v" -> inValue = true;
				case "is" -> inInline = true;
				case "rPh" -> phonetic++;
				case "t" -> inValue = inInline && phonetic == 0;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (!MAIN.equals(uri)) {
				return;
			}
			switch (localName) {
				case "v", "t" -> inValue = false;
				case "is" -> inInline = false;
				case "rPh" -> phonetic--;
				case "c" -> {
					Cell cell = cell();
					if (cell != null) {
						sheet.cell(column, cell);
					}
				}
				case "row" -> sheet.endRow(row);
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				value.append(ch, start, length);
			}
		}

		private @Nullable Cell cell() {
			String text = value.toString();
			if (text.isEmpty()) {
				return null;
			}
			if (type == null || "n".equals(type)) {
				return number(text);
			}
			return switch (type) {
				case "s" -> {
					int index = Integer.parseInt(text.strip());
					yield index >= 0 && index < strings.size() ? new Cell(strings.get(index), false) : null;
				}
				case "b" -> new Cell("1".equals(text.strip()) ? "TRUE" : "FALSE", false);
				// An ISO 8601 date cell (rare): the day is what counts.
				case "d" -> new Cell(text.length() >= 10 ? text.substring(0, 10) : text, false);
				default -> new Cell(text, false);
			};
		}

		private Cell number(String text) {
			try {
				if (isDateStyle(style)) {
					double serial = Double.parseDouble(text);
					if (DateUtil.isValidExcelDate(serial)) {
						return new Cell(DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString(), false);
					}
				}
				return new Cell(new BigDecimal(text.strip()).stripTrailingZeros().toPlainString(), true);
			}
			catch (NumberFormatException e) {
				return new Cell(text, false);
			}
		}

		private boolean isDateStyle(int index) {
			if (styles == null) {
				return false;
			}
			return dateStyles.computeIfAbsent(index, i -> {
				if (i >= styles.getNumCellStyles()) {
					return false;
				}
				var cellStyle = styles.getStyleAt(i);
				String format = cellStyle.getDataFormatString();
				if (format == null) {
					format = BuiltinFormats.getBuiltinFormat(cellStyle.getDataFormat());
				}
				return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
			});
		}
	}

	private static final class CountingInputStream extends FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}

	/** Thrown through the XML parser to end the reading early. */
	private static final class StopReading extends RuntimeException {

		private static final long serialVersionUID = 1L;

		StopReading() {
			super(null, null, false, false);
		}
	}

	/** No header row in the first rows of a sheet. */
	private static final class HeaderNotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;

		HeaderNotFound() {
			super(null, null, false, false);
		}
	}

	/** A failure of the row consumer (a database error, a refused import), carried out of the parser. */
	private static final class ConsumerFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ConsumerFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) java.util.Objects.requireNonNull(super.getCause());
		}
	}
}
