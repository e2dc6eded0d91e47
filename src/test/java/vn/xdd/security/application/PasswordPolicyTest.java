package vn.xdd.security.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsEightCharactersWithLettersAndDigits() {
		assertThat(PasswordPolicy.violation("nguyenvan", "Matkhau1")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.violation("nguyenvan", "Mat1")).contains("password.error.tooShort");
	}

	@Test
	void refusesPasswordsWithoutDigitsOrWithoutLetters() {
		assertThat(PasswordPolicy.violation("nguyenvan", "matkhaumoi")).contains("password.error.needsLetterAndDigit");
		assertThat(PasswordPolicy.violation("nguyenvan", "12345678")).contains("password.error.needsLetterAndDigit");
	}

	@Test
	void refusesTheUserName() {
		assertThat(PasswordPolicy.violation("canbo2026", "CANBO2026")).contains("password.error.sameAsUsername");
	}
}
