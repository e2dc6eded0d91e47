package vn.xdd.discipline;

/** Who a case is against: a party organisation, a full member, or a probationary member. Labels: {@code disciplineSubject.<NAME>}. */
public enum SubjectKind {
	ORGANIZATION, FULL_MEMBER, PROBATIONARY_MEMBER;

	public boolean member() {
		return this != ORGANIZATION;
	}

	public String messageKey() {
		return "disciplineSubject." + name();
	}
}
