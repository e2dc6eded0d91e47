package vn.xdd.remediation;

/** The identity of a remediation plan. */
public record PlanId(long value) {
}
