package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Moves a unit, with its subtree, under another parent from a date (điều chuyển). */
public interface OrgUnitMoving {

	void move(OrgUnitId unit, OrgUnitId newParent, LocalDate from, @Nullable String decisionRef,
			@Nullable String note);
}
