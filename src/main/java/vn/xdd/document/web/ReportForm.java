package vn.xdd.document.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The new report form: the unit, the period and optionally the campaign. */
public record ReportForm(@Nullable Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo, @Nullable Long campaignId) {
}
