package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A period of the member's history: a status, a chapter or a position, with its dates. */
public record MemberPeriod(long id, String kind, String label, @Nullable Long unitId, @Nullable String unitName,
	LocalDate from, @Nullable LocalDate to, @Nullable String decisionRef) {
}
