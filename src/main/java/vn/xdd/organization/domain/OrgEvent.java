package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A recorded restructuring event. */
public record OrgEvent(long id, String kind, LocalDate effectiveDate, @Nullable String decisionRef,
		@Nullable String note, String summary, @Nullable String recordedBy) {
}
