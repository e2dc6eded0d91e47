package vn.xdd.security.web;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.security.NewUser;
import vn.xdd.security.application.AdminRights;
import vn.xdd.security.application.ManageUsers;
import vn.xdd.security.application.UserDetail;
import vn.xdd.security.application.UserDirectory;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/** Pages where an administrator manages accounts and their grants. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AdminRights rights;

	private final ManageUsers manageUsers;

	private final UserDirectory directory;

	UserAdminController(AdminRights rights, ManageUsers manageUsers, UserDirectory directory) {
		this.rights = rights;
		this.manageUsers = manageUsers;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", directory.visible().stream().map(UserAdminController::row).toList());
		return "security/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		rights.requireAdministrator();
		model.addAttribute("form", new UserForm());
		return formPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		rights.requireAdministrator();
		if (binding.hasErrors()) {
			return formPage(model);
		}
		try {
			UserId created = manageUsers.create(new NewUser(form.getUsername(), form.getFullName(),
					form.getPassword(), Objects.requireNonNull(form.getRole()), new OrgUnitId(Objects.requireNonNull(form.getUnitId())), null));
			redirect.addFlashAttribute("notice", "user.created");
			return "redirect:/admin/users/" + created.value();
		}
		catch (BusinessRuleException e) {
			binding.reject(e.messageKey(), e.arguments(), e.messageKey());
			return formPage(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("user", row(directory.visible(id)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitOptions", unitOptions());
		return "security/user";
	}

	@PostMapping("/{id}/grants")
	String grant(@PathVariable long id, @RequestParam Role role, @RequestParam long unitId, RedirectAttributes redirect) {
		return act(id, redirect, "grant.added", () -> manageUsers.grant(id, role, new OrgUnitId(unitId)));
	}

	@PostMapping("/{id}/grants/{grantId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
		return act(id, redirect, "grant.revoked", () -> manageUsers.revoke(id, grantId));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		return act(id, redirect, "user.passwordReset", () -> manageUsers.resetPassword(id, password));
	}

	@PostMapping("/{id}/email")
	String changeEmail(@PathVariable long id, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		return act(id, redirect, "user.emailSaved", () -> manageUsers.changeEmail(id, email));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return act(id, redirect, enabled ? "user.enabledNotice" : "user.disabledNotice",
				() -> manageUsers.setEnabled(id, enabled));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", successKey);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
		}
		return "redirect:/admin/users/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitOptions", unitOptions());
		return "security/user-new";
	}

	private List<UserViews.UnitOption> unitOptions() {
		return rights.grantableUnits()
			.stream()
			.map(u -> new UserViews.UnitOption(u.id().value(), "\u00a0\u00a0".repeat(u.depth()) + u.name()))
			.toList();
	}

	private static UserViews.UserRow row(UserDetail account) {
		List<UserViews.GrantLabel> grants = account.grants()
			.stream()
			.map(g -> new UserViews.GrantLabel(g.id(), g.role().messageKey(), g.unit().value(), g.unitName()))
			.toList();
		return new UserViews.UserRow(account.id(), account.username(), account.fullName(), account.enabled(),
				account.mustChangePassword(), grants, account.email() == null ? "" : account.email());
	}
}
