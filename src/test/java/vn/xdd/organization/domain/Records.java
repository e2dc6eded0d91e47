package vn.xdd.organization.domain;

import java.time.LocalDate;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.Sex;

/** Member records for the rule tests: a full member born in 1985, admitted in 2015, full in 2016. */
final class Records {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private Records() {
	}

	static MemberRecord full() {
		return new MemberRecord("Nguyễn Văn Hùng", LocalDate.of(1985, 3, 2), Sex.MALE, "Kinh", null, "Hà Nội",
				"Hà Nội", "001085012345", "12345678", "123456HN", LocalDate.of(2015, 5, 19),
				LocalDate.of(2016, 5, 19), "12/12", "Kỹ sư", null, "0912 345 678");
	}

	static MemberRecord probationary() {
		MemberRecord r = full();
		return new MemberRecord(r.fullName(), r.birthDate(), r.sex(), r.ethnicity(), r.religion(), r.homeTown(),
				r.residence(), r.citizenId(), r.partyCardNo(), r.memberFileNo(), r.admittedOn(), null,
				r.education(), r.qualification(), r.politicalTheory(), r.phone());
	}
}
