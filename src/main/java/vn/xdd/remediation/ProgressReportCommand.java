package vn.xdd.remediation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A progress report as typed: a stage or a percentage, the narrative, its day and evidence files. */
public record ProgressReportCommand(@Nullable String stage, @Nullable Integer percent, @Nullable String narrative,
		@Nullable LocalDate reportedOn, List<Upload> files) {

	/** An evidence file as uploaded. */
	public record Upload(String fileName, byte[] content) {
	}
}
