package vn.xdd.organization.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.domain.MemberField;

/**
 * The member record form (new and edit), field by field in the order of {@link MemberField}. The
 * use cases validate it; their violations come back next to the field they name. The edit form
 * carries the version the user started from.
 */
public class MemberForm implements Serializable {

	private String fullName = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate birthDate;

	private @Nullable Sex sex;

	private @Nullable String ethnicity;

	private @Nullable String religion;

	private @Nullable String homeTown;

	private @Nullable String residence;

	private @Nullable String citizenId;

	private @Nullable String partyCardNo;

	private @Nullable String memberFileNo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate admittedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate fullMemberOn;

	private @Nullable String education;

	private @Nullable String qualification;

	private @Nullable PoliticalTheory politicalTheory;

	private @Nullable String phone;

	private @Nullable Long chapterId;

	private @Nullable MemberStatus status;

	private @Nullable String decisionRef;

	private @Nullable Integer version;

	/** The form's property that holds a field of the record, for the error shown next to it. */
	static String property(MemberField field) {
		if (field == MemberField.CHAPTER_NAME) {
			return "chapterId";
		}
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : field.name().toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

	static MemberForm of(MemberRecord r, int version) {
		MemberForm f = new MemberForm();
		f.fullName = r.fullName();
		f.birthDate = r.birthDate();
		f.sex = r.sex();
		f.ethnicity = r.ethnicity();
		f.religion = r.religion();
		f.homeTown = r.homeTown();
		f.residence = r.residence();
		f.citizenId = r.citizenId();
		f.partyCardNo = r.partyCardNo();
		f.memberFileNo = r.memberFileNo();
		f.admittedOn = r.admittedOn();
		f.fullMemberOn = r.fullMemberOn();
		f.education = r.education();
		f.qualification = r.qualification();
		f.politicalTheory = r.politicalTheory();
		f.phone = r.phone();
		f.version = version;
		return f;
	}

	MemberRecord record() {
		return new MemberRecord(fullName, birthDate, sex, blank(ethnicity), blank(religion), blank(homeTown),
				blank(residence), blank(citizenId), blank(partyCardNo), blank(memberFileNo), admittedOn, fullMemberOn,
				blank(education), blank(qualification), politicalTheory, blank(phone));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(@Nullable LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public @Nullable Sex getSex() {
		return sex;
	}

	public void setSex(@Nullable Sex sex) {
		this.sex = sex;
	}

	public @Nullable String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(@Nullable String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public @Nullable String getReligion() {
		return religion;
	}

	public void setReligion(@Nullable String religion) {
		this.religion = religion;
	}

	public @Nullable String getHomeTown() {
		return homeTown;
	}

	public void setHomeTown(@Nullable String homeTown) {
		this.homeTown = homeTown;
	}

	public @Nullable String getResidence() {
		return residence;
	}

	public void setResidence(@Nullable String residence) {
		this.residence = residence;
	}

	public @Nullable String getCitizenId() {
		return citizenId;
	}

	public void setCitizenId(@Nullable String citizenId) {
		this.citizenId = citizenId;
	}

	public @Nullable String getPartyCardNo() {
		return partyCardNo;
	}

	public void setPartyCardNo(@Nullable String partyCardNo) {
		this.partyCardNo = partyCardNo;
	}

	public @Nullable String getMemberFileNo() {
		return memberFileNo;
	}

	public void setMemberFileNo(@Nullable String memberFileNo) {
		this.memberFileNo = memberFileNo;
	}

	public @Nullable LocalDate getAdmittedOn() {
		return admittedOn;
	}

	public void setAdmittedOn(@Nullable LocalDate admittedOn) {
		this.admittedOn = admittedOn;
	}

	public @Nullable LocalDate getFullMemberOn() {
		return fullMemberOn;
	}

	public void setFullMemberOn(@Nullable LocalDate fullMemberOn) {
		this.fullMemberOn = fullMemberOn;
	}

	public @Nullable String getEducation() {
		return education;
	}

	public void setEducation(@Nullable String education) {
		this.education = education;
	}

	public @Nullable String getQualification() {
		return qualification;
	}

	public void setQualification(@Nullable String qualification) {
		this.qualification = qualification;
	}

	public @Nullable PoliticalTheory getPoliticalTheory() {
		return politicalTheory;
	}

	public void setPoliticalTheory(@Nullable PoliticalTheory politicalTheory) {
		this.politicalTheory = politicalTheory;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable Long getChapterId() {
		return chapterId;
	}

	public void setChapterId(@Nullable Long chapterId) {
		this.chapterId = chapterId;
	}

	public @Nullable MemberStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable MemberStatus status) {
		this.status = status;
	}

	public @Nullable String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(@Nullable String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
