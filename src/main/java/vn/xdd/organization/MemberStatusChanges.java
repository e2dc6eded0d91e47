package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Records a member’s new status from a date (recognition, exemption, suspension, leaving, return). */
public interface MemberStatusChanges {

	/**
	 * @param chapter the chapter a member coming back joins (required only for a member outside
	 *        any chapter now)
	 */
	void change(MemberId member, MemberStatus status, LocalDate from, @Nullable String decisionRef,
			@Nullable String note, @Nullable OrgUnitId chapter);
}
