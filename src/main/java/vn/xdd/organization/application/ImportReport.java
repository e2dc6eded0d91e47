package vn.xdd.organization.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.domain.MemberField;

/**
 * What an import of a member list finds, row by row, before it changes anything: the rows that
 * create members, those that update existing ones (matched by party-card number or citizen ID)
 * with what changes, those that change nothing, and every problem with its row and column.
 * The lists are cut at a few hundred entries; the counts are complete.
 *
 * @param rows data rows read (blank rows are skipped)
 */
public record ImportReport(long rows, long toCreate, long toUpdate, long unchanged, long errorCount,
		List<RowProblem> errors, List<RowOutcome> outcomes) {

	/** How many problems and outcomes a report keeps for display. */
	public static final int MAX_ERRORS = 1000;

	public static final int MAX_OUTCOMES = 200;

	public boolean valid() {
		return errorCount == 0;
	}

	/** Whether confirming would change anything. */
	public boolean hasChanges() {
		return toCreate + toUpdate > 0;
	}

	/**
	 * A reason a row cannot be imported.
	 *
	 * @param row the row number as Excel shows it
	 * @param column the column concerned (its header is the Vietnamese label), null for the whole row
	 */
	public record RowProblem(int row, @Nullable MemberField column, String messageKey, @Nullable Object... arguments) {
	}

	/** What confirming does with a row. Labels: messages {@code memberImportAction.<NAME>}. */
	public enum Action {
		CREATE, UPDATE, UNCHANGED;

		public String messageKey() {
			return "memberImportAction." + name();
		}
	}

	/** A row without problems, what it does, and for an update the fields that change. */
	public record RowOutcome(int row, String fullName, Action action, List<FieldChange> changes) {
	}

	/** A field an update changes; values are String, LocalDate, or an enum with a messageKey(). */
	public record FieldChange(MemberField field, @Nullable Object before, @Nullable Object after) {
	}
}
