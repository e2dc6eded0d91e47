package vn.xdd.shared.visibility;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A reader about to see a record: what the rules of {@link Visibility} judge.
 *
 * @param unit the unit the record is kept at (a member's chapter for a member's record, the
 *        reporting unit for a progress report)
 * @param member the member the record is about, for an individual's record
 */
public record Sight(Reader reader, OrgUnitId unit, @Nullable Long member) {

	/** A record of a unit: a collective's review, a unit's items, figures, a progress report. */
	public static Sight ofUnit(Reader reader, OrgUnitId unit) {
		return new Sight(reader, unit, null);
	}

	/** A record about one member, kept at his chapter. */
	public static Sight ofMember(Reader reader, OrgUnitId chapter, long member) {
		return new Sight(reader, chapter, member);
	}

	boolean readerIsTheMember() {
		return member != null && reader.ownMemberId().map(own -> own.longValue() == member.longValue()).orElse(false);
	}
}
