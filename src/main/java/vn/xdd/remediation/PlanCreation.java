package vn.xdd.remediation;

/** Drafts a plan of a unit's committee, with the solution groups of the chosen template. */
public interface PlanCreation {

	PlanId create(NewPlan command);
}
