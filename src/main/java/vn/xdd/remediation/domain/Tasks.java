package vn.xdd.remediation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.rule.RuleList;

/**
 * What a task of a plan must be, as one rule list: the use cases that add and change a task
 * enforce {@link #TASK} on the task as typed, with the facts the rules need loaded beforehand.
 */
public final class Tasks {

	/** The longest text of a task. */
	public static final int MAX_TEXT = 4000;

	/**
	 * A task as typed, with what the rules need to know about it.
	 *
	 * @param text the task's text, tidied (null when blank)
	 * @param leadUnit whether a unit leads the task
	 * @param leadPerson the person who leads it, tidied (null when blank)
	 * @param unitsOutsideIssuer how many of the lead and coordinating units lie outside the issuer's subtree
	 * @param recurrence how often the task recurs (NONE: once, by its deadline)
	 * @param shortcomings the shortcomings the task is to address
	 * @param linkable the shortcomings it may address: unresolved ones under the issuer, and those it addressed already
	 */
	public record Task(@Nullable String text, boolean leadUnit, @Nullable String leadPerson, int unitsOutsideIssuer,
			@Nullable LocalDate deadline, Recurrence recurrence, List<Long> shortcomings, Set<Long> linkable) {

		public Task {
			shortcomings = Collections.unmodifiableList(new ArrayList<>(shortcomings));
			linkable = Set.copyOf(linkable);
		}
	}

	/** Every rule a task is checked against, in this order. */
	public static final RuleList<Task> TASK = RuleList.of(new TaskNeedsText(), new TaskNeedsLead(),
			new TaskLedWithinIssuer(), new TaskNeedsDeadlineOrRecurrence(), new TaskAddressesKnownShortcomings());

	private Tasks() {
	}
}
