package vn.xdd.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the layout shows around every page: the user, the unit in scope and the other units the
 * user may switch to, and which menu entries apply.
 *
 * @param memberReader whether the user may list members (the entry "Đảng viên")
 * @param ownMemberId the member record linked to the account (the entry "Hồ sơ của tôi"), if any
 * @param disciplineReader whether the user reads discipline cases (the entry "Kỷ luật đảng")
 * @param classificationReader whether the user reads classification rounds (the entry "Đánh giá, xếp loại")
 */
public record ShellView(String username, String fullName, @Nullable Long activeUnitId, String activeUnitName,
		List<UnitChoice> choices, boolean administrator, boolean systemAdministrator, boolean passwordChangeRequired,
		boolean memberReader, @Nullable Long ownMemberId, boolean disciplineReader, boolean classificationReader) {

	/** A unit of one of the user's grants, with the roles held there. */
	public record UnitChoice(long unitId, String unitName, List<String> roleKeys, boolean active) {
	}
}
