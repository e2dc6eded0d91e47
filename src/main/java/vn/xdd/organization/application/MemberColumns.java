package vn.xdd.organization.application;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.domain.MemberField;

/** The value of a record's field by column: what an export writes and an import compares. */
final class MemberColumns {

	private MemberColumns() {
	}

	/** String, LocalDate, Sex or PoliticalTheory; null for an empty field and for status and chapter. */
	static @Nullable Object value(MemberRecord r, MemberField field) {
		return switch (field) {
			case FULL_NAME -> r.fullName();
			case BIRTH_DATE -> r.birthDate();
			case SEX -> r.sex();
			case ETHNICITY -> r.ethnicity();
			case RELIGION -> r.religion();
			case HOME_TOWN -> r.homeTown();
			case RESIDENCE -> r.residence();
			case CITIZEN_ID -> r.citizenId();
			case PARTY_CARD_NO -> r.partyCardNo();
			case MEMBER_FILE_NO -> r.memberFileNo();
			case ADMITTED_ON -> r.admittedOn();
			case FULL_MEMBER_ON -> r.fullMemberOn();
			case EDUCATION -> r.education();
			case QUALIFICATION -> r.qualification();
			case POLITICAL_THEORY -> r.politicalTheory();
			case PHONE -> r.phone();
			case STATUS, CHAPTER_ID, CHAPTER_NAME -> null;
		};
	}
}
