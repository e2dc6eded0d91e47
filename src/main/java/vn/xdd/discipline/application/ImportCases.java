package vn.xdd.discipline.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xdd.discipline.CaseDecision;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseOpening;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.FormProposal;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.ViolationRecording;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStandings;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Past decisions from a committee's spreadsheet (issue 10): one row per decision, read from the
 * template's columns; each row goes through the same use cases and rules as a case entered by hand
 * (the rule set of its era, the form for the subject, the authority of the importing committee),
 * with the decision's own number and date. Every row is checked first, each in a transaction rolled
 * back; only when every row passes are they written, each row whole or not at all.
 */
@Service
public class ImportCases {

	/** The columns of the template, in order. */
	static final List<String> COLUMNS = List.of("fullName", "birthDate", "form", "decisionNumber", "decidedOn",
			"violation", "committedOn", "category");

	static final int MAX_ROWS = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	/** One row's outcome: its number in the sheet, the member named, and the refusal, if any. */
	public record RowResult(int row, String name, @Nullable String problem, @Nullable Long caseId) {

		public boolean ok() {
			return problem == null;
		}
	}

	/** The rows of a file, checked or imported. */
	public record Report(boolean imported, List<RowResult> rows) {

		public long failed() {
			return rows.stream().filter(r -> !r.ok()).count();
		}
	}

	private final CaseOpening opening;

	private final ViolationRecording violations;

	private final FormProposal proposal;

	private final CaseDecision decision;

	private final MemberStandings standings;

	private final CaseAccess access;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final vn.xdd.organization.MemberRegistry registry;

	private final vn.xdd.organization.OrgUnits units;

	ImportCases(CaseOpening opening, ViolationRecording violations, FormProposal proposal, CaseDecision decision,
			MemberStandings standings, CaseAccess access, TransactionTemplate transaction, MessageSource messages,
			vn.xdd.organization.MemberRegistry registry, vn.xdd.organization.OrgUnits units) {
		this.registry = registry;
		this.units = units;
		this.opening = opening;
		this.violations = violations;
		this.proposal = proposal;
		this.decision = decision;
		this.standings = standings;
		this.access = access;
		this.transaction = transaction;
		this.messages = messages;
	}

	/** Checks every row; writes them all only when every row passes. */
	public Report run(byte[] xlsx, OrgUnitId committee, Locale locale) {
		access.requireHandler(committee);
		List<Line> lines = read(xlsx);
		List<RowResult> checked = new ArrayList<>();
		for (Line line : lines) {
			checked.add(apply(line, committee, locale, false));
		}
		if (checked.stream().anyMatch(r -> !r.ok()) || checked.isEmpty()) {
			return new Report(false, checked);
		}
		List<RowResult> written = new ArrayList<>();
		for (Line line : lines) {
			written.add(apply(line, committee, locale, true));
		}
		return new Report(true, written);
	}

	/** The template: the header row, one example row, and the words each column accepts. */
	public byte[] template(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(message("discipline.import.sheet", locale));
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(message("discipline.import.column." + COLUMNS.get(c), locale));
				sheet.setColumnWidth(c, (c == 5 ? 50 : 18) * 256);
			}
			Row example = sheet.createRow(1);
			String[] values = { "Nguyễn Văn An", "12/05/1980", message("disciplineForm.WARNING", locale), "12-QĐ/UBKT",
					"15/03/2024", "Vi phạm quy định về những điều đảng viên không được làm", "10/01/2024",
					message("violationCategory.ORDINARY", locale) };
			for (int c = 0; c < values.length; c++) {
				example.createCell(c).setCellValue(values[c]);
			}
			Sheet guide = workbook.createSheet(message("discipline.import.guideSheet", locale));
			int r = 0;
			guide.createRow(r++).createCell(0).setCellValue(message("discipline.import.guide", locale));
			for (DisciplineForm form : DisciplineForm.values()) {
				guide.createRow(r++).createCell(0).setCellValue(message("discipline.import.column.form", locale) + ": "
						+ message(form.messageKey(), locale));
			}
			for (ViolationCategory category : ViolationCategory.values()) {
				guide.createRow(r++).createCell(0).setCellValue(message("discipline.import.column.category", locale)
						+ ": " + message(category.messageKey(), locale));
			}
			guide.setColumnWidth(0, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private RowResult apply(Line line, OrgUnitId committee, Locale locale, boolean write) {
		try {
			Long id = transaction.execute(status -> {
				CaseId created = write(line, committee, locale);
				if (!write) {
					status.setRollbackOnly();
				}
				return created.value();
			});
			return new RowResult(line.row(), line.text(0), null, write ? id : null);
		}
		catch (BusinessRuleException e) {
			return new RowResult(line.row(), line.text(0),
					messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale), null);
		}
		catch (vn.xdd.shared.NotFoundException e) {
			return new RowResult(line.row(), line.text(0), message("discipline.import.memberOutside", locale), null);
		}
	}

	private CaseId write(Line line, OrgUnitId committee, Locale locale) {
		String name = line.text(0);
		if (name.isBlank()) {
			throw new BusinessRuleException("discipline.import.nameRequired");
		}
		LocalDate born = line.day(1, message("discipline.import.column.birthDate", locale));
		// Only the members under the importing committee: a namesake elsewhere in the province is not one of its own.
		List<MemberId> found = standings.named(name, born)
			.stream()
			.filter(m -> registry.chapterOf(m).map(c -> units.ancestorsAndSelf(c).contains(committee)).orElse(false))
			.toList();
		if (found.size() != 1) {
			throw new BusinessRuleException(found.isEmpty() ? "discipline.import.noSuchMember" : "discipline.import.namesake",
					name, VietnameseText.date(born));
		}
		DisciplineForm form = label(line.text(2), DisciplineForm.values(), locale, "form");
		String number = line.text(3);
		if (number.isBlank()) {
			throw new BusinessRuleException("discipline.import.numberRequired");
		}
		LocalDate decidedOn = line.day(4, message("discipline.import.column.decidedOn", locale));
		String text = line.text(5);
		LocalDate committedOn = line.day(6, message("discipline.import.column.committedOn", locale));
		ViolationCategory category = line.text(7).isBlank() ? ViolationCategory.ORDINARY
				: label(line.text(7), ViolationCategory.values(), locale, "category");
		CaseId id = opening.open(new CaseOpening.Command(found.get(0), null, committee, CaseSource.INSPECTION, decidedOn,
				text.isBlank() ? number : text));
		violations.record(id, new ViolationRecording.Command(text, null, committedOn, category, "", false));
		proposal.propose(id, new FormProposal.Command(form, decidedOn, message("discipline.import.note", locale)));
		decision.decide(id, new CaseDecision.Command(form, committee, number, decidedOn, decidedOn, decidedOn));
		return id;
	}

	private <E extends Enum<E>> E label(String text, E[] values, Locale locale, String column) {
		String key = VietnameseText.searchKey(text);
		for (E value : values) {
			String messageKey = value instanceof DisciplineForm f ? f.messageKey() : ((ViolationCategory) value).messageKey();
			if (VietnameseText.searchKey(message(messageKey, locale)).equals(key) || value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		throw new BusinessRuleException("discipline.import.unknownValue", message("discipline.import.column." + column, locale),
				text);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return java.util.Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
	}

	private List<Line> read(byte[] xlsx) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
			List<Line> lines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				List<@Nullable Object> cells = new ArrayList<>();
				boolean empty = true;
				for (int c = 0; c < COLUMNS.size(); c++) {
					Cell cell = row.getCell(c);
					Object value = null;
					if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						value = cell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
					}
					else if (cell != null) {
						value = formatter.formatCellValue(cell).strip();
					}
					if (value != null && !"".equals(value)) {
						empty = false;
					}
					cells.add(value);
				}
				if (!empty) {
					lines.add(new Line(r + 1, cells));
				}
				if (lines.size() > MAX_ROWS) {
					throw new BusinessRuleException("discipline.import.tooManyRows", MAX_ROWS);
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw new BusinessRuleException("discipline.import.notAWorkbook");
		}
	}

	/** One row of the sheet: its number as Excel shows it, and its cells (text or a day). */
	record Line(int row, List<@Nullable Object> cells) {

		String text(int column) {
			Object value = cells.get(column);
			return value == null ? "" : value.toString().strip();
		}

		LocalDate day(int column, String label) {
			Object value = cells.get(column);
			if (value instanceof LocalDate day) {
				return day;
			}
			String text = value == null ? "" : value.toString().strip();
			try {
				return LocalDate.parse(text, DAY);
			}
			catch (DateTimeParseException e) {
				throw new BusinessRuleException("discipline.import.badDay", label, text);
			}
		}
	}
}
