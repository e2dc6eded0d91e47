package vn.xdd.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xdd.organization.domain.MemberField;

/**
 * Member workbooks built in tests with POI, as a user would fill in the template: a title row, the
 * header row of Vietnamese labels, then one row per member. Identifiers are unique across the test
 * run (all integration tests share one database).
 */
public final class MemberSheets {

	/** The template's header labels, as the user sees them (messages memberField.* in Vietnamese). */
	public static final Map<MemberField, String> HEADERS = new EnumMap<>(MemberField.class);

	static {
		HEADERS.put(MemberField.FULL_NAME, "Họ và tên");
		HEADERS.put(MemberField.BIRTH_DATE, "Ngày sinh");
		HEADERS.put(MemberField.SEX, "Giới tính");
		HEADERS.put(MemberField.ETHNICITY, "Dân tộc");
		HEADERS.put(MemberField.RELIGION, "Tôn giáo");
		HEADERS.put(MemberField.HOME_TOWN, "Quê quán");
		HEADERS.put(MemberField.RESIDENCE, "Nơi ở hiện nay");
		HEADERS.put(MemberField.CITIZEN_ID, "Số CCCD");
		HEADERS.put(MemberField.PARTY_CARD_NO, "Số thẻ đảng viên");
		HEADERS.put(MemberField.MEMBER_FILE_NO, "Số lý lịch đảng viên");
		HEADERS.put(MemberField.ADMITTED_ON, "Ngày vào Đảng");
		HEADERS.put(MemberField.FULL_MEMBER_ON, "Ngày chính thức");
		HEADERS.put(MemberField.EDUCATION, "Học vấn");
		HEADERS.put(MemberField.QUALIFICATION, "Chuyên môn");
		HEADERS.put(MemberField.POLITICAL_THEORY, "Lý luận chính trị");
		HEADERS.put(MemberField.PHONE, "Điện thoại");
		HEADERS.put(MemberField.STATUS, "Trạng thái");
		HEADERS.put(MemberField.CHAPTER_ID, "Mã chi bộ");
		HEADERS.put(MemberField.CHAPTER_NAME, "Tên chi bộ");
	}

	private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 60_000_000));

	private MemberSheets() {
	}

	/** A party-card number (8 digits) no other test uses. */
	public static String card() {
		return String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000);
	}

	/** A citizen ID (12 digits, a leading zero as real ones have) no other test uses. */
	public static String citizenId() {
		return String.format("0%011d", SEQUENCE.incrementAndGet());
	}

	/** A full member with every field filled in, in the given chapter. */
	public static Map<MemberField, Object> member(String name, long chapterId) {
		Map<MemberField, Object> m = new EnumMap<>(MemberField.class);
		m.put(MemberField.FULL_NAME, name);
		m.put(MemberField.BIRTH_DATE, LocalDate.of(1980, 5, 10));
		m.put(MemberField.SEX, "Nam");
		m.put(MemberField.ETHNICITY, "Kinh");
		m.put(MemberField.RELIGION, "Không");
		m.put(MemberField.HOME_TOWN, "Xã Hữu Lũng, tỉnh Lạng Sơn");
		m.put(MemberField.RESIDENCE, "Thôn Đông, xã Hữu Lũng, tỉnh Lạng Sơn");
		m.put(MemberField.CITIZEN_ID, citizenId());
		m.put(MemberField.PARTY_CARD_NO, card());
		m.put(MemberField.MEMBER_FILE_NO, "012345LS");
		m.put(MemberField.ADMITTED_ON, LocalDate.of(2005, 1, 15));
		m.put(MemberField.FULL_MEMBER_ON, LocalDate.of(2006, 1, 15));
		m.put(MemberField.EDUCATION, "12/12");
		m.put(MemberField.QUALIFICATION, "Cử nhân Luật");
		m.put(MemberField.POLITICAL_THEORY, "Trung cấp");
		m.put(MemberField.PHONE, "0912345678");
		m.put(MemberField.CHAPTER_ID, chapterId);
		return m;
	}

	/** A workbook with the template's title and header rows and the given rows (from Excel row 3). */
	public static byte[] workbook(List<Map<MemberField, Object>> rows) {
		return workbook(rows, List.of(MemberField.values()));
	}

	/** The same with only some columns, in the given order. */
	public static byte[] workbook(List<Map<MemberField, Object>> rows, List<MemberField> columns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			fill(workbook, rows, columns);
			return bytes(workbook);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A large workbook written directly as its XML parts, as Excel writes them: text in the shared
	 * strings table, dates as serial numbers in the built-in date format 14. (POI's own writers are
	 * slow with shared strings, and a benchmark should not wait on its test data.)
	 */
	public static void largeWorkbook(List<Map<MemberField, Object>> rows, OutputStream out) throws IOException {
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		Map<String, Integer> strings = new LinkedHashMap<>();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
					<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
					+ "<sheet name=\"Đảng viên\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>"
					+ "<Relationship Id=\"rId3\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
			entry(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
					+ "<name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
					+ "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/>"
					+ "<top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" "
					+ "fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" "
					+ "fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
					+ "xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + main
					+ "\"><sheetData>");
			sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index(strings, "DANH SÁCH ĐẢNG VIÊN") + "</v></c></row>");
			sheet.write("<row r=\"2\">");
			for (MemberField field : MemberField.values()) {
				sheet.write("<c r=\"" + reference(field.ordinal(), 2) + "\" t=\"s\"><v>" + index(strings, HEADERS.get(field))
						+ "</v></c>");
			}
			sheet.write("</row>");
			int r = 3;
			for (Map<MemberField, Object> values : rows) {
				sheet.write("<row r=\"" + r + "\">");
				for (MemberField field : MemberField.values()) {
					Object value = values.get(field);
					String ref = reference(field.ordinal(), r);
					if (value instanceof LocalDate d) {
						sheet.write("<c r=\"" + ref + "\" s=\"1\"><v>" + ChronoUnit.DAYS.between(EXCEL_EPOCH, d) + "</v></c>");
					}
					else if (value instanceof Number n) {
						sheet.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
					}
					else if (value != null) {
						sheet.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index(strings, value.toString()) + "</v></c>");
					}
				}
				sheet.write("</row>");
				r++;
			}
			sheet.write("</sheetData></worksheet>");
			sheet.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			Writer sst = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + main + "\" count=\""
					+ strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
			for (String text : strings.keySet()) {
				sst.write("<si><t>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</t></si>");
			}
			sst.write("</sst>");
			sst.flush();
			zip.closeEntry();
		}
	}

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static int index(Map<String, Integer> strings, String text) {
		return strings.computeIfAbsent(text, t -> strings.size());
	}

	private static String reference(int column, int row) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + row;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void fill(Workbook workbook, List<Map<MemberField, Object>> rows, List<MemberField> columns) {
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		Sheet sheet = workbook.createSheet("Đảng viên");
		sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
		Row header = sheet.createRow(1);
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(HEADERS.get(columns.get(c)));
		}
		int r = 2;
		for (Map<MemberField, Object> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns.size(); c++) {
				Object value = values.get(columns.get(c));
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof LocalDate d) {
					cell.setCellValue(d);
					cell.setCellStyle(date);
				}
				else if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** Rows of {@code count} valid members in one chapter. */
	public static List<Map<MemberField, Object>> members(int count, String prefix, long chapterId) {
		List<Map<MemberField, Object>> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(member(prefix + " " + given(i), chapterId));
		}
		return rows;
	}

	/** A given name made of letters only (names may not hold digits). */
	static String given(int i) {
		StringBuilder out = new StringBuilder();
		int n = i;
		do {
			out.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return "Tên" + out;
	}
}
