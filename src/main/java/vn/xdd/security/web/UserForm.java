package vn.xdd.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.Role;

/** The new-user form: the account and its first grant. */
class UserForm {

	@NotBlank(message = "{user.error.usernameRequired}")
	@Pattern(regexp = "^[a-zA-Z0-9._-]{3,60}$", message = "{user.error.usernameFormat}")
	private String username = "";

	@NotBlank(message = "{user.error.fullNameRequired}")
	@Size(max = 200, message = "{user.error.fullNameTooLong}")
	private String fullName = "";

	@NotBlank(message = "{password.error.newRequired}")
	private String password = "";

	@NotNull(message = "{grant.error.roleRequired}")
	private @Nullable Role role = Role.MEMBER;

	@NotNull(message = "{grant.error.unitRequired}")
	private @Nullable Long unitId;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}
}
