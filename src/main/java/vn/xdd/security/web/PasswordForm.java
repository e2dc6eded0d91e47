package vn.xdd.security.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form. */
class PasswordForm {

	@NotBlank(message = "{password.error.currentRequired}")
	private String currentPassword = "";

	@NotBlank(message = "{password.error.newRequired}")
	private String newPassword = "";

	private String confirmation = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
