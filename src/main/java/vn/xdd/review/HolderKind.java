package vn.xdd.review;

/**
 * Who holds a shortcoming, and who is reviewed: a unit (the party organisation as a collective),
 * its standing committee, the leadership collective of an agency, or a member. Labels:
 * {@code holderKind.<NAME>}.
 */
public enum HolderKind {
	UNIT, STANDING_COMMITTEE, LEADERSHIP_COLLECTIVE, MEMBER;

	public boolean collective() {
		return this != MEMBER;
	}

	public String messageKey() {
		return "holderKind." + name();
	}
}
