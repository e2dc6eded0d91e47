package vn.xdd.classification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * The classification report of a round, for the document that reports it (BÁO CÁO kết quả đánh
 * giá, xếp loại): the table, the changes by the appraisal, the quota flags and the members not
 * completed two years running, over the subjects the user reaches. Scope-checked: another
 * committee's round is not found, a user who does not read classification there is refused.
 */
public interface ClassificationReports {

	RoundReport of(RoundId round);

	/**
	 * @param citation the rule set as cited, e.g. Quy định 366-QĐ/TW ngày 13/8/2025 của Bộ Chính trị
	 * @param wording the words of the rule set's era ({@link Wording#messageKey(Level, SubjectKind)})
	 * @param rows organisations by kind of unit first, then members
	 */
	record RoundReport(RoundId round, int year, OrgUnitId unit, String unitName, String ruleSet, String citation,
			Wording wording, boolean published, List<Row> rows, List<Change> changes, List<QuotaFlag> quota,
			List<TwoYears> twoYears) {

		public RoundReport {
			Objects.requireNonNull(wording, "wording");
			rows = List.copyOf(rows);
			changes = List.copyOf(changes);
			quota = List.copyOf(quota);
			twoYears = List.copyOf(twoYears);
		}
	}

	/**
	 * A row of the table: a kind of subject with its counts per level.
	 *
	 * @param labelKey the message of the row (the kind of unit, or the members)
	 */
	record Row(SubjectKind kind, String labelKey, Map<Level, Long> counts, long evaluated, long notEvaluated) {

		public Row {
			counts = Map.copyOf(counts);
		}

		public long count(Level level) {
			return counts.getOrDefault(level, 0L);
		}

		/** The share of the evaluated at the level, one decimal with a comma, as the official table writes it. */
		public String percent(Level level) {
			return evaluated == 0 ? "0,0"
					: String.format(Locale.ROOT, "%.1f", count(level) * 100.0 / evaluated).replace('.', ',');
		}
	}

	/** A level changed by the appraisal (or by the decision after it), with the reason written. */
	record Change(SubjectKind kind, String name, String unitName, @Nullable Level proposed, @Nullable Level appraised,
			@Nullable Level decided, String reason) {
	}

	/** A comparable group whose excellent ratings exceed the quota. */
	record QuotaFlag(SubjectKind kind, String groupName, long excellent, long goodOrBetter, int percent) {
	}

	/** A member not completed this year and last year: to be considered for removal from the list. */
	record TwoYears(String name, String unitName, YearResult lastYear) {
	}
}
