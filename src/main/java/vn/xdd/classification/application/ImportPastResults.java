package vn.xdd.classification.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import vn.xdd.classification.Level;
import vn.xdd.classification.PastResultEntry;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.Wording;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.VietnameseText;

/**
 * Earlier years' results of members from a committee's spreadsheet (issue 11, item 6): one row per
 * member and year, the member named as an archive names him (full name and birth date) among the
 * members of the importing unit's subtree, the level in the words of the year's rule set. Every row
 * goes through the entry by hand ({@link PastResultEntry}), checked in a transaction rolled back;
 * only when every row passes are they all written, in one transaction, as IMPORTED.
 */
@Service
public class ImportPastResults {

	/** The columns of the template, in order. */
	static final List<String> COLUMNS = List.of("number", "fullName", "birthDate", "year", "level", "note");

	/** As many rows as the discipline import accepts. */
	static final int MAX_ROWS = 2000;

	static final String SOURCE = "IMPORTED";

	private static final int NAME = 1;

	private static final int BIRTH = 2;

	private static final int YEAR = 3;

	private static final int LEVEL = 4;

	private static final int NOTE = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** A refusal of a row: the column it concerns and the reason. */
	public record Problem(String column, String message) {
	}

	/** One row's outcome: its number in the sheet, the name and year it gives, the result read, its problems. */
	public record RowResult(int row, String name, String year, String result, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

		RowResult withProblem(String column, String message) {
			List<Problem> all = new ArrayList<>(problems);
			all.add(new Problem(column, message));
			return new RowResult(row, name, year, result, List.copyOf(all));
		}
	}

	/** The rows of a file, checked or imported. */
	public record Report(boolean imported, List<RowResult> rows) {

		public long failed() {
			return rows.stream().filter(r -> !r.ok()).count();
		}
	}

	/** The unit importing, as the page names it. */
	public record Importer(long unitId, String unitName, long maxMegabytes, int maxRows) {
	}

	private final PastResultEntry entry;

	private final JdbcClassification store;

	private final MemberStandings standings;

	private final OrgUnits units;

	private final AccessScope scope;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Steps steps;

	private final Clock clock;

	private final long maxFileBytes;

	ImportPastResults(PastResultEntry entry, JdbcClassification store, MemberStandings standings, OrgUnits units,
			AccessScope scope, TransactionTemplate transaction, MessageSource messages, Steps steps, Clock clock,
			@Value("${xdd.members.import.max-file-size:20MB}") DataSize maxFileSize) {
		this.entry = entry;
		this.store = store;
		this.standings = standings;
		this.units = units;
		this.scope = scope;
		this.transaction = transaction;
		this.messages = messages;
		this.steps = steps;
		this.clock = clock;
		this.maxFileBytes = maxFileSize.toBytes();
	}

	/** The unit, when the user reaches it (404 otherwise) and is on its organisation board (403 otherwise). */
	public Importer importer(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit)) {
			throw new AccessDeniedException("only the organisation board imports past classification results");
		}
		String name = units.find(unit).map(u -> u.name()).orElseThrow(() -> new vn.xdd.shared.NotFoundException("ORG_UNIT",
				unit.toString()));
		return new Importer(unit.value(), name, Math.max(1, maxFileBytes / (1024 * 1024)), MAX_ROWS);
	}

	/** Checks every row; writes them all, in one transaction, only when every row passes. */
	public Report run(byte[] xlsx, OrgUnitId unit, Locale locale) {
		importer(unit);
		if (xlsx.length == 0) {
			throw new BusinessRuleException("classification.import.emptyFile");
		}
		if (xlsx.length > maxFileBytes) {
			throw new BusinessRuleException("classification.import.tooLarge", Math.max(1, maxFileBytes / (1024 * 1024)));
		}
		List<Line> lines = read(xlsx);
		if (lines.isEmpty()) {
			throw new BusinessRuleException("classification.import.noRows");
		}
		List<Checked> checked = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Line line : lines) {
			Checked row = check(line, unit, locale, seen);
			checked.add(row);
		}
		List<RowResult> report = checked.stream().map(Checked::result).toList();
		if (checked.stream().anyMatch(c -> c.entry() == null)) {
			return new Report(false, report);
		}
		Checked[] failed = new Checked[1];
		try {
			transaction.executeWithoutResult(status -> {
				for (Checked row : checked) {
					failed[0] = row;
					Entry e = Objects.requireNonNull(row.entry());
					entry.enterForMember(e.member(), e.year(), e.level(), e.note(), SOURCE);
				}
				failed[0] = null;
				steps.publish("ORG_UNIT", unit.toString(), "IMPORT", "audit.text.classificationImported",
						String.valueOf(checked.size()));
			});
		}
		catch (BusinessRuleException e) {
			// The records changed between the check and the write: nothing is kept, the row says why.
			Checked row = Objects.requireNonNull(failed[0]);
			List<RowResult> refused = new ArrayList<>();
			for (Checked c : checked) {
				refused.add(c == row ? c.result().withProblem(column(YEAR, locale), text(e, locale)) : c.result());
			}
			return new Report(false, refused);
		}
		return new Report(true, report);
	}

	/** The template: the header row, one example row, and the words each era gives the levels. */
	public byte[] template(Locale locale) {
		if (!scope.hasRole(Role.ORGANIZATION_BOARD)) {
			throw new AccessDeniedException("only the organisation board imports past classification results");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(message("classification.import.sheet", locale));
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(column(c, locale));
				sheet.setColumnWidth(c, (c == LEVEL || c == NOTE ? 45 : c == 0 ? 6 : 18) * 256);
			}
			Row example = sheet.createRow(1);
			String[] values = { "1", "Nguyễn Văn An", "12/05/1980", "2012",
					message(Wording.TSVM.messageKey(Level.GOOD, SubjectKind.MEMBER), VIETNAMESE), "" };
			for (int c = 0; c < values.length; c++) {
				example.createCell(c).setCellValue(values[c]);
			}
			Sheet guide = workbook.createSheet(message("classification.import.guideSheet", locale));
			int r = 0;
			guide.createRow(r++).createCell(0).setCellValue(message("classification.import.guide", locale));
			for (RuleSet rules : store.ruleSets()) {
				String years = rules.lastYear() == null ? rules.firstYear() + "–" : rules.firstYear() + "–" + rules.lastYear();
				StringBuilder words = new StringBuilder();
				for (Level level : Level.values()) {
					words.append(words.isEmpty() ? "" : "; ")
						.append(message(rules.wording().messageKey(level, SubjectKind.MEMBER), VIETNAMESE));
				}
				guide.createRow(r++).createCell(0).setCellValue(years + " (" + rules.citation() + "): " + words);
			}
			guide.setColumnWidth(0, 160 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What a checked row would enter, when it passed. */
	private record Entry(MemberId member, int year, Level level, String note) {
	}

	private record Checked(RowResult result, @Nullable Entry entry) {
	}

	private Checked check(Line line, OrgUnitId unit, Locale locale, Map<String, Integer> seen) {
		List<Problem> problems = new ArrayList<>();
		String name = line.text(NAME);
		String yearText = line.text(YEAR);
		if (name.isBlank()) {
			problems.add(problem(NAME, locale, "classification.import.nameRequired"));
		}
		LocalDate born = line.day(BIRTH);
		if (born == null) {
			problems.add(problem(BIRTH, locale, "classification.import.badDay", line.text(BIRTH)));
		}
		Integer year = year(yearText);
		Optional<RuleSet> rules = Optional.empty();
		if (year == null) {
			problems.add(problem(YEAR, locale, "classification.import.badYear", yearText));
		}
		else if (year > LocalDate.now(clock).getYear()) {
			problems.add(problem(YEAR, locale, "classification.import.futureYear", yearText));
		}
		else {
			rules = RuleSet.forYear(store.ruleSets(), year);
			if (rules.isEmpty()) {
				problems.add(problem(YEAR, locale, "classification.error.noRuleSet", yearText));
			}
		}
		Level level = null;
		String levelText = line.text(LEVEL);
		if (levelText.isBlank()) {
			problems.add(problem(LEVEL, locale, "classification.import.levelRequired"));
		}
		else if (rules.isPresent()) {
			level = level(levelText, rules.get().wording());
			if (level == null) {
				problems.add(problem(LEVEL, locale, "classification.import.unknownLevel", levelText, String.valueOf(year)));
			}
		}
		String result = rules.isPresent() && level != null
				? message(rules.get().wording().messageKey(level, SubjectKind.MEMBER), locale) : "";
		MemberId member = null;
		if (!name.isBlank() && born != null && year != null) {
			List<MemberId> found = members(name, born, year, unit);
			if (found.size() != 1) {
				problems.add(problem(NAME, locale,
						found.isEmpty() ? "classification.import.noSuchMember" : "classification.import.namesake", name,
						VietnameseText.date(born), String.valueOf(year)));
			}
			else {
				member = found.get(0);
				Integer earlier = seen.putIfAbsent(member.value() + "/" + year, line.row());
				if (earlier != null) {
					problems.add(problem(NAME, locale, "classification.import.duplicateRow", earlier, String.valueOf(year)));
				}
			}
		}
		RowResult outcome = new RowResult(line.row(), name, yearText, result, List.copyOf(problems));
		if (!problems.isEmpty() || member == null || year == null || level == null) {
			return new Checked(outcome, null);
		}
		Entry entered = new Entry(member, year, level, line.text(NOTE));
		// The entry by hand decides the rest (the chapter of that year, a result already there, the note).
		Optional<Problem> refused = tryEntry(entered, locale);
		if (refused.isPresent()) {
			return new Checked(outcome.withProblem(refused.get().column(), refused.get().message()), null);
		}
		return new Checked(outcome, entered);
	}

	private Optional<Problem> tryEntry(Entry e, Locale locale) {
		try {
			transaction.executeWithoutResult(status -> {
				status.setRollbackOnly();
				entry.enterForMember(e.member(), e.year(), e.level(), e.note(), SOURCE);
			});
			return Optional.empty();
		}
		catch (BusinessRuleException refusal) {
			int column = refusal.messageKey().contains("TooLong") || refusal.messageKey().contains("controlCharacter") ? NOTE
					: refusal.messageKey().endsWith("resultExists") ? YEAR : NAME;
			return Optional.of(new Problem(column(column, locale), text(refusal, locale)));
		}
	}

	/**
	 * The members of that name and birth day who, at the end of the year or today, belong to a chapter
	 * of the unit's subtree: a namesake elsewhere is not one of the unit's own, and is not named.
	 */
	private List<MemberId> members(String name, LocalDate born, int year, OrgUnitId unit) {
		LocalDate today = LocalDate.now(clock);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		return standings.named(name, born)
			.stream()
			.filter(m -> under(standings.on(m, yearEnd.isAfter(today) ? today : yearEnd), unit)
					|| under(standings.on(m, today), unit))
			.toList();
	}

	private boolean under(Optional<MemberStanding> standing, OrgUnitId unit) {
		OrgUnitId chapter = standing.map(MemberStanding::chapter).orElse(null);
		return chapter != null && units.ancestorsAndSelf(chapter).contains(unit) && scope.reaches(chapter);
	}

	/** The level the words name: the year's rule set first, then the other era's words, then the code. */
	private @Nullable Level level(String text, Wording wording) {
		String key = VietnameseText.searchKey(text).replaceAll("[\\s,.;]+", " ").strip();
		for (Wording words : List.of(wording, wording == Wording.TSVM ? Wording.HTNV : Wording.TSVM)) {
			for (Level level : Level.values()) {
				String label = message(words.messageKey(level, SubjectKind.MEMBER), VIETNAMESE);
				if (VietnameseText.searchKey(label).replaceAll("[\\s,.;]+", " ").strip().equals(key)) {
					return level;
				}
			}
		}
		for (Level level : Level.values()) {
			if (level.name().equalsIgnoreCase(text.strip())) {
				return level;
			}
		}
		return null;
	}

	private static @Nullable Integer year(String text) {
		String digits = text.strip();
		if (!digits.matches("\\d{4}")) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	private Problem problem(int column, Locale locale, String key, Object... arguments) {
		return new Problem(column(column, locale), message(key, locale, arguments));
	}

	private String column(int column, Locale locale) {
		return message("classification.import.column." + COLUMNS.get(column), locale);
	}

	private String text(BusinessRuleException e, Locale locale) {
		return Objects.requireNonNullElse(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale),
				e.messageKey());
	}

	private String message(String key, Locale locale, Object... arguments) {
		return Objects.requireNonNullElse(messages.getMessage(key, arguments, key, locale), key);
	}

	private List<Line> read(byte[] xlsx) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(VIETNAMESE);
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
					// The row number alone (STT) is not a row.
					if (c > 0 && value != null && !"".equals(value)) {
						empty = false;
					}
					cells.add(value);
				}
				if (!empty) {
					lines.add(new Line(r + 1, cells));
				}
				if (lines.size() > MAX_ROWS) {
					throw new BusinessRuleException("classification.import.tooManyRows", MAX_ROWS);
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw new BusinessRuleException("classification.import.notAWorkbook");
		}
	}

	/** One row of the sheet: its number as Excel shows it, and its cells (text or a day). */
	record Line(int row, List<@Nullable Object> cells) {

		String text(int column) {
			Object value = cells.get(column);
			return value instanceof LocalDate day ? VietnameseText.date(day) : value == null ? "" : value.toString().strip();
		}

		@Nullable LocalDate day(int column) {
			Object value = cells.get(column);
			if (value instanceof LocalDate day) {
				return day;
			}
			try {
				return LocalDate.parse(text(column), DAY);
			}
			catch (DateTimeParseException e) {
				return null;
			}
		}
	}
}
