package vn.xdd.organization.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.ImportReport.RowProblem;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.organization.excel.MemberSheetReader.Cell;
import vn.xdd.organization.excel.MemberSheetReader.SheetRow;
import vn.xdd.organization.excel.MemberWorkbookWriter;
import vn.xdd.organization.excel.WorkbookText;
import vn.xdd.shared.VietnameseName;
import vn.xdd.shared.VietnameseText;

/**
 * Reads the cells of an Excel row into a member record, as a person would read them: names in
 * capitals or not, dates as real Excel dates or written "15/03/1985", "15/3/1985" or "1985-03-15",
 * sex and theory level by their Vietnamese words, a status by its label or code, identifiers that
 * Excel turned into numbers given back their leading zeros. What cannot be read is a problem of
 * the row and the column, never a guess.
 */
final class MemberRowParser {

	private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("d-M-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern ISO_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern MOBILE_WITHOUT_ZERO = Pattern.compile("[1-9][0-9]{8}");

	/** Excel serial numbers of plausible days (1927–2119) in a date column that lost its format. */
	private static final double FIRST_SERIAL = 10_000;

	private static final double LAST_SERIAL = 80_000;

	private static final Locale VIETNAMESE = WorkbookText.VIETNAMESE;

	/**
	 * A row as read: the record, the chapter it names, the status it gives, which cells were blank,
	 * and what could not be read.
	 */
	record Candidate(int row, MemberRecord record, @Nullable Long chapterId, @Nullable String chapterName,
			@Nullable MemberStatus status, Set<MemberField> blank, List<RowProblem> problems, boolean example) {

		boolean unreadable(MemberField field) {
			return problems.stream().anyMatch(p -> p.column() == field);
		}
	}

	private final Map<String, MemberStatus> statuses = new HashMap<>();

	private final String exampleName = VietnameseName.normalize(MemberWorkbookWriter.EXAMPLE_NAME);

	MemberRowParser(WorkbookText text) {
		for (MemberStatus status : MemberStatus.values()) {
			statuses.put(VietnameseText.searchKey(text.get(status.messageKey())), status);
			statuses.put(VietnameseText.searchKey(status.name()), status);
		}
	}

	Candidate parse(SheetRow row) {
		Reading r = new Reading(row);
		String fullName = r.text(MemberField.FULL_NAME);
		String citizenId = r.identifier(MemberField.CITIZEN_ID, 12);
		MemberRecord record = new MemberRecord(fullName == null ? "" : VietnameseName.normalize(fullName),
				r.date(MemberField.BIRTH_DATE), r.sex(), r.text(MemberField.ETHNICITY), r.text(MemberField.RELIGION),
				r.text(MemberField.HOME_TOWN), r.text(MemberField.RESIDENCE), citizenId,
				r.identifier(MemberField.PARTY_CARD_NO, 8), upper(r.text(MemberField.MEMBER_FILE_NO)),
				r.date(MemberField.ADMITTED_ON), r.date(MemberField.FULL_MEMBER_ON), r.text(MemberField.EDUCATION),
				r.text(MemberField.QUALIFICATION), r.theory(), r.phone());
		boolean example = exampleName.equals(record.fullName()) && MemberWorkbookWriter.EXAMPLE_CITIZEN_ID.equals(citizenId);
		return new Candidate(row.number(), record, r.chapterId(), r.text(MemberField.CHAPTER_NAME), r.status(), r.blank,
				r.problems, example);
	}

	private static @Nullable String upper(@Nullable String text) {
		return text == null ? null : text.toUpperCase(VIETNAMESE);
	}

	/** The reading of one row, collecting its problems. */
	private final class Reading {

		final SheetRow row;

		final List<RowProblem> problems = new ArrayList<>();

		final Set<MemberField> blank = EnumSet.noneOf(MemberField.class);

		Reading(SheetRow row) {
			this.row = row;
		}

		@Nullable String text(MemberField field) {
			Cell cell = row.cell(field);
			String value = cell == null ? "" : cell.text().strip();
			if (value.isEmpty()) {
				blank.add(field);
				return null;
			}
			return value;
		}

		/** A citizen ID or card number: a number Excel stored loses its leading zeros; they are put back. */
		@Nullable String identifier(MemberField field, int length) {
			String value = text(field);
			Cell cell = row.cell(field);
			if (value != null && cell != null && cell.numeric() && value.length() <= length && DIGITS.matcher(value).matches()) {
				return "0".repeat(length - value.length()) + value;
			}
			return value == null ? null : value.replace(" ", "");
		}

		/** A Vietnamese mobile number Excel stored as a number has lost its leading 0. */
		@Nullable String phone() {
			String value = text(MemberField.PHONE);
			Cell cell = row.cell(MemberField.PHONE);
			if (value != null && cell != null && cell.numeric() && MOBILE_WITHOUT_ZERO.matcher(value).matches()) {
				return "0" + value;
			}
			return value;
		}

		@Nullable LocalDate date(MemberField field) {
			String value = text(field);
			if (value == null) {
				return null;
			}
			Cell cell = row.cell(field);
			if (cell != null && cell.numeric()) {
				try {
					double serial = new BigDecimal(value).doubleValue();
					if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL && serial == Math.rint(serial)) {
						return DateUtil.getLocalDateTime(serial).toLocalDate();
					}
				}
				catch (NumberFormatException e) {
					// Reported below.
				}
				problem(field, "member.import.error.date", value);
				return null;
			}
			// "15/03/1985 00:00:00" as some systems export it: the day is what counts.
			String day = value.split("\\s+")[0];
			DateTimeFormatter format = ISO_SHAPE.matcher(day).matches() ? ISO
					: day.indexOf('/') > 0 ? SLASHES : day.indexOf('-') > 0 ? DASHES : day.indexOf('.') > 0 ? DOTS : null;
			if (format != null) {
				try {
					return LocalDate.parse(day, format);
				}
				catch (DateTimeParseException e) {
					// Reported below.
				}
			}
			problem(field, "member.import.error.date", value);
			return null;
		}

		@Nullable Sex sex() {
			String value = text(MemberField.SEX);
			return value == null ? null : orProblem(Sex.parse(value), MemberField.SEX, "member.import.error.sex", value);
		}

		@Nullable PoliticalTheory theory() {
			String value = text(MemberField.POLITICAL_THEORY);
			return value == null ? null
					: orProblem(PoliticalTheory.parse(value), MemberField.POLITICAL_THEORY, "member.import.error.theory",
							value);
		}

		@Nullable MemberStatus status() {
			String value = text(MemberField.STATUS);
			return value == null ? null
					: orProblem(Optional.ofNullable(statuses.get(VietnameseText.searchKey(value))), MemberField.STATUS,
							"member.import.error.status", value);
		}

		@Nullable Long chapterId() {
			String value = text(MemberField.CHAPTER_ID);
			if (value == null) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value);
				if (number.signum() > 0 && number.stripTrailingZeros().scale() <= 0) {
					return number.longValueExact();
				}
			}
			catch (ArithmeticException | NumberFormatException e) {
				// Reported below.
			}
			problem(MemberField.CHAPTER_ID, "member.import.error.chapterId", value);
			return null;
		}

		private <T> @Nullable T orProblem(Optional<T> value, MemberField field, String key, String text) {
			if (value.isEmpty()) {
				problem(field, key, text);
			}
			return value.orElse(null);
		}

		private void problem(MemberField field, String key, Object... arguments) {
			problems.add(new RowProblem(row.number(), field, key, arguments));
		}
	}
}
