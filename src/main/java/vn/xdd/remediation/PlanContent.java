package vn.xdd.remediation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.ShortcomingId;
import vn.xdd.shared.OrgUnitId;

/**
 * What a plan says, as its document prints it: the solution groups in order with their tasks, and
 * the units it was disseminated to.
 */
public record PlanContent(PlanSummary plan, List<Group> groups, List<Target> targets) {

	public PlanContent {
		groups = List.copyOf(groups);
		targets = List.copyOf(targets);
	}

	/** A solution group (nhóm giải pháp) and its tasks, in order. */
	public record Group(String title, List<Task> tasks) {

		public Group {
			tasks = List.copyOf(tasks);
		}
	}

	/**
	 * A task.
	 *
	 * @param leadUnitName the unit in charge (chủ trì); null when only a person leads
	 * @param coordinatorNames the units taking part (phối hợp)
	 * @param deadline the deadline of a one-off task; null for a recurring one
	 */
	public record Task(String text, @Nullable String leadUnitName, @Nullable String leadPerson,
			List<String> coordinatorNames, @Nullable LocalDate deadline, Repeat repeat, String expectedOutput,
			List<ShortcomingId> shortcomings) {

		public Task {
			coordinatorNames = List.copyOf(coordinatorNames);
			shortcomings = List.copyOf(shortcomings);
		}
	}

	/** Whether a task is done by its deadline or every month or quarter. */
	public enum Repeat {
		NONE, MONTHLY, QUARTERLY
	}

	/** A unit the plan was disseminated to. */
	public record Target(OrgUnitId unit, String name) {
	}
}
