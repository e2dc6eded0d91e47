package vn.xdd.organization.domain;

/**
 * The columns of the member list, in the order of the Excel template and export. Header labels:
 * messages {@code memberField.<NAME>}.
 */
public enum MemberField {
	FULL_NAME, BIRTH_DATE, SEX, ETHNICITY, RELIGION, HOME_TOWN, RESIDENCE, CITIZEN_ID, PARTY_CARD_NO, MEMBER_FILE_NO,
	ADMITTED_ON, FULL_MEMBER_ON, EDUCATION, QUALIFICATION, POLITICAL_THEORY, PHONE, STATUS, CHAPTER_ID, CHAPTER_NAME;

	public String messageKey() {
		return "memberField." + name();
	}

	/** Ethnicity and religion: sensitive personal data (Nghị định 13/2023/NĐ-CP). */
	public boolean sensitive() {
		return this == ETHNICITY || this == RELIGION;
	}
}
