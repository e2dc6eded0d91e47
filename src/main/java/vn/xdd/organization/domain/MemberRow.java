package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;

/** A member as stored: the record, the current status and chapter, and the row version. */
public record MemberRow(long id, MemberRecord record, MemberStatus status, LocalDate statusSince, long unitId,
		String unitName, int version, @Nullable String currentPositions) {
}
