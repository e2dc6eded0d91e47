package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberRecord;

import static org.assertj.core.api.Assertions.assertThat;

class MemberRecordRulesTest {

	static MemberRecord with(String fullName, LocalDate birthDate, LocalDate admittedOn, LocalDate fullMemberOn) {
		MemberRecord r = Records.full();
		return new MemberRecord(fullName, birthDate, r.sex(), r.ethnicity(), r.religion(), r.homeTown(),
				r.residence(), r.citizenId(), r.partyCardNo(), r.memberFileNo(), admittedOn, fullMemberOn,
				r.education(), r.qualification(), r.politicalTheory(), r.phone());
	}

	static MemberRecord identifiers(String citizenId, String partyCardNo, String memberFileNo, String phone) {
		MemberRecord r = Records.full();
		return new MemberRecord(r.fullName(), r.birthDate(), r.sex(), r.ethnicity(), r.religion(), r.homeTown(),
				r.residence(), citizenId, partyCardNo, memberFileNo, r.admittedOn(), r.fullMemberOn(),
				r.education(), r.qualification(), r.politicalTheory(), phone);
	}

	@Test
	void aCompleteRecordPasses() {
		assertThat(MemberRecordRules.check(Records.full(), Records.TODAY)).isEmpty();
		assertThat(MemberRecordRules.check(Records.probationary(), Records.TODAY)).isEmpty();
	}

	@Test
	void theNameIsRequiredWithoutDigitsAndAtMost200Characters() {
		MemberRecord r = Records.full();
		assertThat(MemberRecordRules.check(with(" ", r.birthDate(), r.admittedOn(), r.fullMemberOn()), Records.TODAY))
			.containsExactly(new Violation(MemberField.FULL_NAME, "member.error.required"));
		assertThat(MemberRecordRules.check(with("Nguyễn Văn 2", r.birthDate(), r.admittedOn(), r.fullMemberOn()),
				Records.TODAY))
			.containsExactly(new Violation(MemberField.FULL_NAME, "member.error.nameHasDigits"));
		assertThat(MemberRecordRules.check(with("A".repeat(201), r.birthDate(), r.admittedOn(), r.fullMemberOn()),
				Records.TODAY))
			.containsExactly(new Violation(MemberField.FULL_NAME, "member.error.tooLong", 200));
	}

	@Test
	void sexBirthDateAndAdmissionAreRequired() {
		MemberRecord r = Records.full();
		MemberRecord empty = new MemberRecord(r.fullName(), null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
		assertThat(MemberRecordRules.check(empty, Records.TODAY)).containsExactly(
				new Violation(MemberField.BIRTH_DATE, "member.error.required"),
				new Violation(MemberField.SEX, "member.error.required"),
				new Violation(MemberField.ADMITTED_ON, "member.error.required"));
	}

	@Test
	void aBirthDateInTheFutureOrMoreThan120YearsAgoIsImpossible() {
		MemberRecord r = Records.full();
		assertThat(MemberRecordRules.check(with(r.fullName(), Records.TODAY.plusDays(1), r.admittedOn(), null),
				Records.TODAY)).contains(new Violation(MemberField.BIRTH_DATE, "member.error.impossibleBirthDate"));
		assertThat(MemberRecordRules.check(with(r.fullName(), Records.TODAY.minusYears(121), r.admittedOn(), null),
				Records.TODAY)).contains(new Violation(MemberField.BIRTH_DATE, "member.error.impossibleBirthDate"));
	}

	@Test
	void admissionAt18OrOlderAndNotInTheFuture() {
		LocalDate born = LocalDate.of(2000, 6, 1);
		assertThat(MemberRecordRules.check(with("Lê Thị Hoa", born, LocalDate.of(2018, 6, 1), null), Records.TODAY))
			.isEmpty();
		assertThat(MemberRecordRules.check(with("Lê Thị Hoa", born, LocalDate.of(2018, 5, 31), null), Records.TODAY))
			.containsExactly(new Violation(MemberField.ADMITTED_ON, "member.error.admittedUnder18"));
		assertThat(MemberRecordRules.check(with("Lê Thị Hoa", born, Records.TODAY.plusDays(1), null), Records.TODAY))
			.containsExactly(new Violation(MemberField.ADMITTED_ON, "member.error.future"));
	}

	@Test
	void fullMembershipFollowsAdmissionAndIsNotInTheFuture() {
		MemberRecord r = Records.full();
		assertThat(MemberRecordRules.check(with(r.fullName(), r.birthDate(), r.admittedOn(), r.admittedOn().minusDays(1)),
				Records.TODAY))
			.containsExactly(new Violation(MemberField.FULL_MEMBER_ON, "member.error.fullBeforeAdmission"));
		assertThat(MemberRecordRules.check(with(r.fullName(), r.birthDate(), r.admittedOn(), Records.TODAY.plusDays(1)),
				Records.TODAY))
			.containsExactly(new Violation(MemberField.FULL_MEMBER_ON, "member.error.future"));
	}

	@Test
	void identifiersHaveTheFormatsOfHuongDan09() {
		assertThat(MemberRecordRules.check(identifiers("00108501234", "1234567", "123456", "12"), Records.TODAY))
			.containsExactly(new Violation(MemberField.CITIZEN_ID, "member.error.citizenIdFormat"),
					new Violation(MemberField.PARTY_CARD_NO, "member.error.partyCardFormat"),
					new Violation(MemberField.MEMBER_FILE_NO, "member.error.memberFileFormat"),
					new Violation(MemberField.PHONE, "member.error.phoneFormat"));
		assertThat(MemberRecordRules.check(identifiers(null, null, "000001ĐN", "+84 (912) 345-678"), Records.TODAY))
			.isEmpty();
	}

	@Test
	void freeTextsHaveTheirLengths() {
		MemberRecord r = Records.full();
		MemberRecord longTexts = new MemberRecord(r.fullName(), r.birthDate(), r.sex(), "x".repeat(61),
				"x".repeat(61), "x".repeat(301), "x".repeat(301), null, null, null, r.admittedOn(), r.fullMemberOn(),
				"x".repeat(21), "x".repeat(201), null, null);
		List<Violation> violations = MemberRecordRules.check(longTexts, Records.TODAY);
		assertThat(violations).containsExactly(new Violation(MemberField.ETHNICITY, "member.error.tooLong", 60),
				new Violation(MemberField.RELIGION, "member.error.tooLong", 60),
				new Violation(MemberField.HOME_TOWN, "member.error.tooLong", 300),
				new Violation(MemberField.RESIDENCE, "member.error.tooLong", 300),
				new Violation(MemberField.EDUCATION, "member.error.tooLong", 20),
				new Violation(MemberField.QUALIFICATION, "member.error.tooLong", 200));
	}
}
