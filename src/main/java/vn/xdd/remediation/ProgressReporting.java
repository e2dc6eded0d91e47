package vn.xdd.remediation;

/** The lead unit reports progress on a task of a plan in force. */
public interface ProgressReporting {

	ReportId report(TaskId task, ProgressReportCommand command);
}
