package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Moves a member to another chapter of the tree from a date (chuyển sinh hoạt đảng). */
public interface MemberTransfers {

	void transfer(MemberId member, OrgUnitId to, LocalDate from, @Nullable String decisionRef);
}
