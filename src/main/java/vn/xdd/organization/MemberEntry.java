package vn.xdd.organization;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A member to enter into the registry in {@code chapter}.
 *
 * @param status the status to start in; null for the record's own (full with a full-membership
 *        date, probationary without)
 */
public record MemberEntry(MemberRecord record, OrgUnitId chapter, @Nullable MemberStatus status,
		@Nullable String decisionRef) {
}
