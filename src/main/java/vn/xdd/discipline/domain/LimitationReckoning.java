package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Label;

/**
 * The limitation period (thời hiệu) of each violation of a case for the form proposed, with the
 * computation explained step by step (../shared/domain/discipline.md): counted from the day of the
 * violation, restarted when a new violation is committed within the period; none for the categories
 * and the forms the rule set exempts. Under QĐ 69 the period runs until the competent body concludes
 * that discipline is required: the day judged is that conclusion.
 */
public final class LimitationReckoning {

	/**
	 * One violation's period.
	 *
	 * @param lastDay the last day discipline may still be concluded, or null when no limitation applies
	 * @param steps how the last day was reached, as messages with their arguments
	 */
	public record Period(Violation violation, @Nullable LocalDate lastDay, List<Step> steps) {

		public Period {
			steps = List.copyOf(steps);
		}

		public boolean limited() {
			return lastDay != null;
		}

		/** Whether the period has run out on the given day (the last day itself still counts). */
		public boolean expiredOn(LocalDate day) {
			return lastDay != null && day.isAfter(lastDay);
		}
	}

	/** One step of the explanation: a message key and its arguments (dates already written dd/MM/yyyy). */
	public record Step(String messageKey, List<Object> arguments) {

		public Step {
			arguments = List.copyOf(arguments);
		}
	}

	private LimitationReckoning() {
	}

	/** The period of every violation, in the order given, for the form under the set. */
	public static List<Period> reckon(DisciplineRuleSet set, DisciplineForm form, List<Violation> violations) {
		List<Violation> chronological = new ArrayList<>(violations);
		chronological.sort(Comparator.comparing(Violation::committedOn));
		List<Period> periods = new ArrayList<>();
		for (Violation violation : violations) {
			periods.add(periodOf(set, form, violation, chronological));
		}
		return List.copyOf(periods);
	}

	/** The periods that have run out on the day judged. */
	public static List<Period> expired(List<Period> periods, LocalDate judgedOn) {
		return periods.stream().filter(period -> period.expiredOn(judgedOn)).toList();
	}

	private static Period periodOf(DisciplineRuleSet set, DisciplineForm form, Violation violation,
			List<Violation> chronological) {
		Optional<Term> limitation = set.limitation(form, violation.category());
		if (limitation.isEmpty()) {
			Step why = set.withoutLimitation().contains(violation.category())
					? new Step("discipline.limitation.noneForCategory", List.of(Label.of(violation.category().messageKey()), set.citation()))
					: new Step("discipline.limitation.noneForForm", List.of(Label.of(form.messageKey()), set.citation()));
			return new Period(violation, null, List.of(why));
		}
		Term term = limitation.get();
		List<Step> steps = new ArrayList<>();
		LocalDate lastDay = term.lastDayFrom(violation.committedOn());
		steps.add(new Step("discipline.limitation.counted", List.of(VietnameseText.date(violation.committedOn()),
				Label.of(term.messageKey(), term.amount()), set.citation(), VietnameseText.date(lastDay))));
		for (Violation later : chronological) {
			if (later.committedOn().isAfter(violation.committedOn()) && !later.committedOn().isAfter(lastDay)
					&& later != violation) {
				lastDay = term.lastDayFrom(later.committedOn());
				steps.add(new Step("discipline.limitation.restarted",
						List.of(VietnameseText.date(later.committedOn()), later.description(), VietnameseText.date(lastDay))));
			}
		}
		return new Period(violation, lastDay, steps);
	}
}
