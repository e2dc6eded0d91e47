package vn.xdd.remediation;

/** Adds a task to a plan that is still open; a lead unit of a plan in force is told. */
public interface TaskAddition {

	TaskId add(PlanId plan, TaskCommand command);
}
