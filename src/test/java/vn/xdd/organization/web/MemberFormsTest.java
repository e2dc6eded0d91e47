package vn.xdd.organization.web;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.MemberListQuery;
import vn.xdd.organization.domain.MemberField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MemberFormsTest {

	@Test
	void everyFieldOfTheRecordNamesAPropertyOfTheForm() {
		assertThat(MemberForm.property(MemberField.FULL_NAME)).isEqualTo("fullName");
		assertThat(MemberForm.property(MemberField.PARTY_CARD_NO)).isEqualTo("partyCardNo");
		assertThat(MemberForm.property(MemberField.FULL_MEMBER_ON)).isEqualTo("fullMemberOn");
		assertThat(MemberForm.property(MemberField.CHAPTER_NAME)).isEqualTo("chapterId");
		for (MemberField field : MemberField.values()) {
			String property = MemberForm.property(field);
			String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
			assertThatCode(() -> MemberForm.class.getMethod(getter)).as(field.name()).doesNotThrowAnyException();
		}
	}

	@Test
	void theLinksOfTheListCarryTheFiltersEncodedAndTheCursorOnlyWhenAsked() {
		MemberFilterForm form = new MemberFilterForm();
		form.setUnit(7L);
		form.setQ("  Nguyễn Văn Đức ");
		form.setStatus(MemberStatus.SUSPENDED);
		form.setSex(Sex.FEMALE);
		form.setAge(MemberListQuery.AgeBand.FROM_30_TO_39);
		form.setPosition("");
		form.setCursor("abc.12");
		assertThat(form.link("/members/export", null)).isEqualTo("/members/export?unit=7&q=Nguy%E1%BB%85n%20V%C4%83n%20"
				+ "%C4%90%E1%BB%A9c&status=SUSPENDED&sex=FEMALE&age=FROM_30_TO_39");
		assertThat(form.link("/members", "k_-Z.99")).endsWith("&age=FROM_30_TO_39&cursor=k_-Z.99");
	}

	@Test
	void theParametersOfTheListAreThoseOfTheQuery() {
		MemberFilterForm form = new MemberFilterForm();
		form.setQ(" ");
		form.setStatus(MemberStatus.FULL);
		MemberListQuery.Params params = form.params();
		assertThat(params.q()).isNull();
		assertThat(params.status()).containsExactly(MemberStatus.FULL);
		assertThat(params.unit()).isNull();
	}
}
