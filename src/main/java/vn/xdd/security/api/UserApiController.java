package vn.xdd.security.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.security.CurrentUser;
import vn.xdd.security.NewUser;
import vn.xdd.security.SignedInUser;
import vn.xdd.security.api.UserApiModels.CreateUserRequest;
import vn.xdd.security.api.UserApiModels.EmailRequest;
import vn.xdd.security.api.UserApiModels.GrantJson;
import vn.xdd.security.api.UserApiModels.GrantRequest;
import vn.xdd.security.api.UserApiModels.MeJson;
import vn.xdd.security.api.UserApiModels.PasswordRequest;
import vn.xdd.security.api.UserApiModels.UserJson;
import vn.xdd.security.application.ChangeOwnEmail;
import vn.xdd.security.application.ChangeOwnPassword;
import vn.xdd.security.application.ManageUsers;
import vn.xdd.security.application.UserDetail;
import vn.xdd.security.application.UserDirectory;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.UserId;

/** The signed-in user and, for administrators, the accounts of their subtree. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Người dùng", description = "Tài khoản, vai trò và phạm vi đơn vị")
class UserApiController {

	private final CurrentUser currentUser;

	private final UserDirectory directory;

	private final ManageUsers manageUsers;

	private final ChangeOwnPassword changeOwnPassword;

	private final ChangeOwnEmail changeOwnEmail;

	UserApiController(CurrentUser currentUser, UserDirectory directory, ManageUsers manageUsers,
			ChangeOwnPassword changeOwnPassword, ChangeOwnEmail changeOwnEmail) {
		this.currentUser = currentUser;
		this.directory = directory;
		this.manageUsers = manageUsers;
		this.changeOwnPassword = changeOwnPassword;
		this.changeOwnEmail = changeOwnEmail;
	}

	@GetMapping("/me")
	@Operation(summary = "Người dùng hiện tại: tên, vai trò và các đơn vị được phân quyền")
	MeJson me() {
		SignedInUser user = currentUser.signedIn().orElseThrow();
		List<GrantJson> grants = user.grants()
			.stream()
			.map(g -> new GrantJson(g.id(), g.role(), g.unit().value(), g.unitName()))
			.toList();
		return new MeJson(user.username(), user.fullName(), grants.stream().map(GrantJson::role).distinct().toList(),
				grants);
	}

	/**
	 * The caller replaces his own password, as on the account page (the same rules, the same audit
	 * line); the only call a user with a temporary password may make besides this one is none.
	 */
	@PostMapping("/me/password")
	@Operation(summary = "Đổi mật khẩu của chính mình: mật khẩu hiện tại và mật khẩu mới (cùng quy tắc như trên "
			+ "trang tài khoản). Tài khoản có mật khẩu tạm thời phải gọi địa chỉ này trước mọi lời gọi khác")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordRequest request) {
		SignedInUser user = currentUser.signedIn().orElseThrow();
		changeOwnPassword.change(user.id().value(), request.currentPassword(), request.newPassword(),
				request.newPassword());
		return ResponseEntity.noContent().build();
	}

	/** The caller sets or clears the address his notices go to, as on the account page. */
	@PutMapping("/me/email")
	@Operation(summary = "Đặt hoặc xóa địa chỉ thư điện tử nhận thông báo của chính mình")
	MeJson changeEmail(@RequestBody EmailRequest request) {
		changeOwnEmail.change(currentUser.signedIn().orElseThrow().id().value(), request.email());
		return me();
	}

	@GetMapping("/users")
	@Operation(summary = "Các tài khoản trong phạm vi quản trị (chỉ ADMIN)")
	List<UserJson> list() {
		return directory.visible().stream().map(UserApiController::json).toList();
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "Một tài khoản trong phạm vi quản trị (chỉ ADMIN)")
	UserJson get(@PathVariable long id) {
		return json(directory.visible(id));
	}

	@PostMapping("/users")
	@Operation(summary = "Tạo tài khoản với vai trò đầu tiên (chỉ ADMIN)")
	ResponseEntity<UserJson> create(@Valid @RequestBody CreateUserRequest request) {
		UserId created = manageUsers.create(new NewUser(request.username(), request.fullName(),
				request.password(), request.role(), new OrgUnitId(request.unitId()), request.memberId(), true,
				request.email()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.value()))
			.body(json(directory.changed(created.value())));
	}

	@PostMapping("/users/{id}/grants")
	@Operation(summary = "Phân quyền: một vai trò trên một đơn vị và các đơn vị cấp dưới (chỉ ADMIN)")
	ResponseEntity<UserJson> grant(@PathVariable long id, @Valid @RequestBody GrantRequest request) {
		manageUsers.grant(id, request.role(), new OrgUnitId(request.unitId()));
		return ResponseEntity.status(201).body(json(directory.changed(id)));
	}

	@PutMapping("/users/{id}/email")
	@Operation(summary = "Đặt hoặc xóa địa chỉ thư điện tử nhận thông báo của một tài khoản (chỉ ADMIN)")
	UserJson email(@PathVariable long id, @RequestBody EmailRequest request) {
		manageUsers.changeEmail(id, request.email());
		return json(directory.changed(id));
	}

	private static UserJson json(UserDetail account) {
		List<GrantJson> grants = account.grants()
			.stream()
			.map(g -> new GrantJson(g.id(), g.role(), g.unit().value(), g.unitName()))
			.toList();
		return new UserJson(account.id(), account.username(), account.fullName(), account.email(), account.enabled(),
				account.mustChangePassword(), account.memberId(), grants);
	}
}
