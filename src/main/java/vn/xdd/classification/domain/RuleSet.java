package vn.xdd.classification.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Wording;

/**
 * The rules of classification for the years one set of regulations governs (classification.md):
 * its words, its scale, and the settings of its gates and quota. Figures marked [unconfirmed] in
 * the domain are settings an administrator may correct ({@code confirmed} false).
 *
 * @param exceededMinPercent the share of tasks exceeding requirements an excellent rating needs
 * @param behindMaxPercent the share behind schedule a completed collective may have; when set, a
 *        good rating needs every task on time (QĐ 366)
 * @param doneMinPercent the share of tasks done below which a subject has not completed (QĐ 132, 124)
 * @param minMonthsAdmitted members admitted fewer months before the year's end are not evaluated
 * @param goodShareMinPercent QĐ 132: the share at good or better an excellent organisation needs below it
 */
public record RuleSet(String code, String citation, int firstYear, @Nullable Integer lastYear, Wording wording,
		Scale scale, @Nullable Integer excellentMinScore, @Nullable Integer goodMinScore,
		@Nullable Integer completedMinScore, @Nullable Integer exceededMinPercent, @Nullable Integer behindMaxPercent,
		@Nullable Integer doneMinPercent, @Nullable Integer minMonthsAdmitted, boolean disciplineCaps,
		boolean earlierShortcomingsGate, boolean leadershipGate, boolean subordinatesGate,
		@Nullable Integer goodShareMinPercent, boolean weakRules, boolean poorGradeCaps, boolean stateRatingGate,
		boolean quotaEnabled, int quotaPercent, boolean confirmed, String note, int version) {

	/** How a proposal is scored. */
	public enum Scale {
		/** a level only (QĐ 132, HD 20) */
		NONE,
		/** points per criterion, summed (HD 27; QĐ 366: 30 general + 70 tasks) */
		POINTS,
		/** a grade per criterion (QĐ 124) */
		GRADES
	}

	public RuleSet {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(citation, "citation");
		Objects.requireNonNull(wording, "wording");
		Objects.requireNonNull(scale, "scale");
		Objects.requireNonNull(note, "note");
	}

	public boolean governs(int year) {
		return year >= firstYear && (lastYear == null || year <= lastYear);
	}

	/** The rule set governing the year, if any (none before 2008). */
	public static Optional<RuleSet> forYear(List<RuleSet> sets, int year) {
		return sets.stream().filter(s -> s.governs(year)).findFirst();
	}

	/** This rule set with the settings an administrator changed (the words, scale and years stay). */
	public RuleSet withSettings(Settings settings) {
		return new RuleSet(code, citation, firstYear, lastYear, wording, scale, settings.excellentMinScore(),
				settings.goodMinScore(), settings.completedMinScore(), settings.exceededMinPercent(),
				settings.behindMaxPercent(), settings.doneMinPercent(), settings.minMonthsAdmitted(), disciplineCaps,
				earlierShortcomingsGate && settings.earlierShortcomingsGate(), leadershipGate, subordinatesGate,
				goodShareMinPercent, weakRules, poorGradeCaps, stateRatingGate, settings.quotaEnabled(),
				settings.quotaPercent(), confirmed, note, version);
	}

	public Settings settings() {
		return new Settings(excellentMinScore, goodMinScore, completedMinScore, exceededMinPercent, behindMaxPercent,
				doneMinPercent, minMonthsAdmitted, earlierShortcomingsGate, quotaEnabled, quotaPercent);
	}

	/** What an administrator may change in a rule set. */
	public record Settings(@Nullable Integer excellentMinScore, @Nullable Integer goodMinScore,
			@Nullable Integer completedMinScore, @Nullable Integer exceededMinPercent,
			@Nullable Integer behindMaxPercent, @Nullable Integer doneMinPercent, @Nullable Integer minMonthsAdmitted,
			boolean earlierShortcomingsGate, boolean quotaEnabled, int quotaPercent) {
	}
}
