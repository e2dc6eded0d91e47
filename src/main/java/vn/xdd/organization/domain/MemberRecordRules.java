package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;

/**
 * What a member record must satisfy, wherever it comes from (a form, the API, an Excel row).
 * Each rule names the field and a Vietnamese reason; nothing is saved while one is broken.
 * Formats from Hướng dẫn 09-HD/BTCTW (2017): member-file number = 6 digits and 1–3 letters of the
 * province's symbol; party-card number = 8 digits; citizen ID (CCCD) = 12 digits. Admission at 18
 * or older (Điều lệ Đảng, Điều 1).
 */
public final class MemberRecordRules {

	static final int MINIMUM_ADMISSION_AGE = 18;

	static final int MAXIMUM_AGE = 120;

	private static final Pattern CITIZEN_ID = Pattern.compile("^[0-9]{12}$");

	private static final Pattern PARTY_CARD = Pattern.compile("^[0-9]{8}$");

	private static final Pattern MEMBER_FILE = Pattern.compile("^[0-9]{6}[A-ZĐ]{1,3}$");

	private static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{8,20}$");

	private MemberRecordRules() {
	}

	public static List<Violation> check(MemberRecord r, LocalDate today) {
		List<Violation> v = new ArrayList<>();
		if (r.fullName().isBlank()) {
			v.add(new Violation(MemberField.FULL_NAME, "member.error.required"));
		}
		else if (r.fullName().length() > 200) {
			v.add(new Violation(MemberField.FULL_NAME, "member.error.tooLong", 200));
		}
		else if (r.fullName().codePoints().anyMatch(Character::isDigit)) {
			v.add(new Violation(MemberField.FULL_NAME, "member.error.nameHasDigits"));
		}
		if (r.birthDate() == null) {
			v.add(new Violation(MemberField.BIRTH_DATE, "member.error.required"));
		}
		else if (r.birthDate().isAfter(today) || r.birthDate().isBefore(today.minusYears(MAXIMUM_AGE))) {
			v.add(new Violation(MemberField.BIRTH_DATE, "member.error.impossibleBirthDate"));
		}
		if (r.sex() == null) {
			v.add(new Violation(MemberField.SEX, "member.error.required"));
		}
		if (r.admittedOn() == null) {
			v.add(new Violation(MemberField.ADMITTED_ON, "member.error.required"));
		}
		else {
			if (r.admittedOn().isAfter(today)) {
				v.add(new Violation(MemberField.ADMITTED_ON, "member.error.future"));
			}
			if (r.birthDate() != null && r.admittedOn().isBefore(r.birthDate().plusYears(MINIMUM_ADMISSION_AGE))) {
				v.add(new Violation(MemberField.ADMITTED_ON, "member.error.admittedUnder18"));
			}
		}
		if (r.fullMemberOn() != null) {
			if (r.fullMemberOn().isAfter(today)) {
				v.add(new Violation(MemberField.FULL_MEMBER_ON, "member.error.future"));
			}
			if (r.admittedOn() != null && r.fullMemberOn().isBefore(r.admittedOn())) {
				v.add(new Violation(MemberField.FULL_MEMBER_ON, "member.error.fullBeforeAdmission"));
			}
		}
		format(v, MemberField.CITIZEN_ID, r.citizenId(), CITIZEN_ID, "member.error.citizenIdFormat");
		format(v, MemberField.PARTY_CARD_NO, r.partyCardNo(), PARTY_CARD, "member.error.partyCardFormat");
		format(v, MemberField.MEMBER_FILE_NO, r.memberFileNo(), MEMBER_FILE, "member.error.memberFileFormat");
		format(v, MemberField.PHONE, r.phone(), PHONE, "member.error.phoneFormat");
		length(v, MemberField.ETHNICITY, r.ethnicity(), 60);
		length(v, MemberField.RELIGION, r.religion(), 60);
		length(v, MemberField.HOME_TOWN, r.homeTown(), 300);
		length(v, MemberField.RESIDENCE, r.residence(), 300);
		length(v, MemberField.EDUCATION, r.education(), 20);
		length(v, MemberField.QUALIFICATION, r.qualification(), 200);
		return v;
	}

	private static void format(List<Violation> v, MemberField field, @Nullable String value, Pattern pattern, String key) {
		if (value != null && !pattern.matcher(value).matches()) {
			v.add(new Violation(field, key));
		}
	}

	private static void length(List<Violation> v, MemberField field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			v.add(new Violation(field, "member.error.tooLong", max));
		}
	}
}
