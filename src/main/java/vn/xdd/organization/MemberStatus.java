package vn.xdd.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * A party member's status over time (structure.md). The first four keep the member in a chapter;
 * the others end the membership. Labels: messages {@code memberStatus.<NAME>}.
 */
public enum MemberStatus {
	/** Đảng viên dự bị: becomes full after 12 months, or is removed from the list. */
	PROBATIONARY,
	/** Đảng viên chính thức. */
	FULL,
	/** Miễn công tác và sinh hoạt đảng. */
	EXEMPTED,
	/** Đình chỉ sinh hoạt đảng. */
	SUSPENDED,
	/** Chuyển sinh hoạt đi (out of the installation's tree). */
	TRANSFERRED_OUT,
	/** Từ trần. */
	DECEASED,
	/** Xóa tên. */
	REMOVED,
	/** Khai trừ. */
	EXPELLED;

	/** Whether the member still belongs to a chapter of the tree. */
	public boolean inChapter() {
		return this == PROBATIONARY || this == FULL || this == EXEMPTED || this == SUSPENDED;
	}

	/** The statuses a member in this status may move to. */
	public Set<MemberStatus> next() {
		return switch (this) {
			case PROBATIONARY -> EnumSet.of(FULL, REMOVED, TRANSFERRED_OUT, DECEASED, SUSPENDED);
			case FULL -> EnumSet.of(EXEMPTED, SUSPENDED, TRANSFERRED_OUT, DECEASED, REMOVED, EXPELLED);
			case EXEMPTED -> EnumSet.of(FULL, TRANSFERRED_OUT, DECEASED, REMOVED, EXPELLED);
			case SUSPENDED -> EnumSet.of(FULL, PROBATIONARY, DECEASED, REMOVED, EXPELLED);
			// A member transferred out may come back (chuyển sinh hoạt đến).
			case TRANSFERRED_OUT -> EnumSet.of(FULL, PROBATIONARY);
			case DECEASED, REMOVED, EXPELLED -> EnumSet.noneOf(MemberStatus.class);
		};
	}

	public String messageKey() {
		return "memberStatus." + name();
	}
}
