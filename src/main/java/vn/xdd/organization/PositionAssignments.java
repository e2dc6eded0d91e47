package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Gives a member a post in a unit from a date. */
public interface PositionAssignments {

	void assign(MemberId member, OrgUnitId unit, String title, PositionKind kind, LocalDate from,
			@Nullable String decisionRef);
}
