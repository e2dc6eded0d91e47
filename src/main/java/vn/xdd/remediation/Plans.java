package vn.xdd.remediation;

import java.util.List;
import java.util.Optional;

import vn.xdd.review.ShortcomingId;

/** Queries on remediation plans, for every module; answers within the signed-in user's scope. */
public interface Plans {

	/**
	 * The plans issued by a unit the user's scope reaches, or disseminated to (or assigning tasks
	 * to) such a unit once issued; latest first.
	 */
	List<PlanSummary> visible();

	Optional<PlanSummary> find(PlanId id);

	/** The shortcomings the plan's tasks address, each once; empty for a plan the user cannot see. */
	List<ShortcomingId> linkedShortcomings(PlanId id);

	/** The plan's groups, tasks and dissemination targets, for its document; empty if the user cannot see it. */
	Optional<PlanContent> content(PlanId id);
}
