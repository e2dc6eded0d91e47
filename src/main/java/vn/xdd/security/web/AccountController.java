package vn.xdd.security.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import vn.xdd.security.application.ChangeOwnPassword;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.BusinessRuleException;

/** The signed-in user's own password. */
@Controller
class AccountController {

	private final ChangeOwnPassword changeOwnPassword;

	private final SecurityContextRepository contextRepository;

	AccountController(ChangeOwnPassword changeOwnPassword, SecurityContextRepository contextRepository) {
		this.changeOwnPassword = changeOwnPassword;
		this.contextRepository = contextRepository;
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
		XddUserPrincipal principal = (XddUserPrincipal) authentication.getPrincipal();
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
		model.addAttribute("mustChange", ((XddUserPrincipal) authentication.getPrincipal()).mustChangePassword());
		return "security/password";
	}
}
