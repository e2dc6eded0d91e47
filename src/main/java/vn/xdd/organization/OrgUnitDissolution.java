package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Ends a unit (kết thúc hoạt động) from a date, moving its members to another chapter if it has any. */
public interface OrgUnitDissolution {

	void dissolve(OrgUnitId unit, LocalDate from, @Nullable OrgUnitId moveMembersTo, @Nullable String decisionRef,
			@Nullable String note);
}
