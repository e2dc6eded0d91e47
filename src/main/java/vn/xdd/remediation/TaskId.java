package vn.xdd.remediation;

/** A task of a remediation plan. */
public record TaskId(long value) {
}
