package vn.xdd.security.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.security.application.ChangeOwnEmail;
import vn.xdd.security.application.ChangeOwnPassword;
import vn.xdd.security.application.EmailAddress;
import vn.xdd.security.application.OwnApiTokens;
import vn.xdd.security.application.UserDetail;
import vn.xdd.security.application.UserDirectory;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.BusinessRuleException;

/** The signed-in user's own account: the e-mail address notices go to, and the password. */
@Controller
class AccountController {

	static final String ACCOUNT_PAGE = "/account";

	private final ChangeOwnPassword changeOwnPassword;

	private final ChangeOwnEmail changeOwnEmail;

	private final UserDirectory directory;

	private final SecurityContextRepository contextRepository;

	private final OwnApiTokens ownTokens;

	private final Clock clock;

	AccountController(ChangeOwnPassword changeOwnPassword, ChangeOwnEmail changeOwnEmail, UserDirectory directory,
			SecurityContextRepository contextRepository, OwnApiTokens ownTokens, Clock clock) {
		this.changeOwnPassword = changeOwnPassword;
		this.changeOwnEmail = changeOwnEmail;
		this.directory = directory;
		this.contextRepository = contextRepository;
		this.ownTokens = ownTokens;
		this.clock = clock;
	}

	/** The account as its holder sees it. */
	record AccountView(String username, String fullName) {
	}

	/** The e-mail form; blank clears the address. */
	static class EmailForm {

		@Size(max = 200, message = "{user.error.emailFormat}")
		@Pattern(regexp = "^$|" + EmailAddress.PATTERN, message = "{user.error.emailFormat}")
		private String email = "";

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email == null ? "" : email.strip();
		}
	}

	@GetMapping(ACCOUNT_PAGE)
	String account(Model model, Authentication authentication) {
		UserDetail.Own account = directory.own(principal(authentication).id());
		EmailForm form = new EmailForm();
		form.setEmail(account.email() == null ? "" : account.email());
		model.addAttribute("form", form);
		return accountPage(model, account);
	}

	@PostMapping(ACCOUNT_PAGE + "/email")
	String changeEmail(@Valid @ModelAttribute("form") EmailForm form, BindingResult binding, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		UserDetail.Own account = directory.own(principal(authentication).id());
		if (binding.hasErrors()) {
			return accountPage(model, account);
		}
		try {
			changeOwnEmail.change(account.id(), form.getEmail());
		}
		catch (BusinessRuleException e) {
			binding.rejectValue("email", e.messageKey(), e.arguments(), e.messageKey());
			return accountPage(model, account);
		}
		redirect.addFlashAttribute("notice", "account.emailSaved");
		return "redirect:" + ACCOUNT_PAGE;
	}

	private String accountPage(Model model, UserDetail.Own account) {
		model.addAttribute("account", new AccountView(account.username(), account.fullName()));
		model.addAttribute("tokens", ownTokens.of(account.id()));
		model.addAttribute("tokenDefaultExpiry", LocalDate.now(clock).plusDays(90));
		return "security/account";
	}

	private static XddUserPrincipal principal(Authentication authentication) {
		return (XddUserPrincipal) Objects.requireNonNull(authentication.getPrincipal());
	}

	@GetMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String form(Model model, Authentication authentication) {
		model.addAttribute("form", new PasswordForm());
		return page(model, authentication);
	}

	@PostMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(model, authentication);
		}
		XddUserPrincipal principal = principal(authentication);
		try {
			changeOwnPassword.change(principal.id(), form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmation());
		}
		catch (BusinessRuleException e) {
			binding.reject(e.messageKey(), e.arguments(), e.messageKey());
			return page(model, authentication);
		}
		// The password is the user's own now: lift the "must change" restriction in this session.
		XddUserPrincipal updated = new XddUserPrincipal(principal.id(), principal.username(), principal.fullName(),
				false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
				List.of(new SimpleGrantedAuthority("USER"))));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "password.changed");
		return "redirect:/";
	}

	private String page(Model model, Authentication authentication) {
		model.addAttribute("mustChange", principal(authentication).mustChangePassword());
		return "security/password";
	}
}
