package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a party member's record (Phiếu đảng viên, Mẫu 2-HSĐV) that the registry holds.
 * Ethnicity and religion are sensitive personal data: shown only to the roles allowed to see them.
 */
public record MemberRecord(String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex,
		@Nullable String ethnicity, @Nullable String religion, @Nullable String homeTown, @Nullable String residence,
		@Nullable String citizenId, @Nullable String partyCardNo, @Nullable String memberFileNo,
		@Nullable LocalDate admittedOn, @Nullable LocalDate fullMemberOn, @Nullable String education,
		@Nullable String qualification, @Nullable PoliticalTheory politicalTheory, @Nullable String phone) {

	/** The status a new record starts in: full when it has a full-membership date. */
	public MemberStatus initialStatus() {
		return fullMemberOn == null ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
	}

	/** The record without ethnicity and religion, for a reader who may not see them. */
	public MemberRecord withoutSensitive() {
		return new MemberRecord(fullName, birthDate, sex, null, null, homeTown, residence, citizenId, partyCardNo,
				memberFileNo, admittedOn, fullMemberOn, education, qualification, politicalTheory, phone);
	}

	/** This record with the ethnicity and religion of {@code other} (kept when a form did not show them). */
	public MemberRecord withSensitiveOf(MemberRecord other) {
		return new MemberRecord(fullName, birthDate, sex, other.ethnicity(), other.religion(), homeTown, residence,
				citizenId, partyCardNo, memberFileNo, admittedOn, fullMemberOn, education, qualification,
				politicalTheory, phone);
	}
}
