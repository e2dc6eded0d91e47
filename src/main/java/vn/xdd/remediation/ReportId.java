package vn.xdd.remediation;

/** A progress report on a task of a remediation plan. */
public record ReportId(long value) {
}
