package vn.xdd.classification;

/** What is classified: a party organisation or a member. Labels: {@code classificationSubject.<NAME>}. */
public enum SubjectKind {
	ORGANIZATION, MEMBER;

	public String messageKey() {
		return "classificationSubject." + name();
	}
}
