package vn.xdd.security.web;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.security.application.CreateApiToken;
import vn.xdd.security.application.RevokeApiToken;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;

/** The account page's tokens: created there (the secret shown once, after the redirect) and revoked. */
@Controller
class ApiTokenController {

	private final CreateApiToken createToken;

	private final RevokeApiToken revokeToken;

	ApiTokenController(CreateApiToken createToken, RevokeApiToken revokeToken) {
		this.createToken = createToken;
		this.revokeToken = revokeToken;
	}

	@PostMapping(AccountController.ACCOUNT_PAGE + "/tokens")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			CreateApiToken.Created created = createToken.create(principal(authentication).id(), name, expiresOn);
			redirect.addFlashAttribute("notice", "token.created");
			redirect.addFlashAttribute("createdToken", created.secret());
		}
		catch (BusinessRuleException e) {
			FieldProblem first = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
			redirect.addFlashAttribute("problem", first == null ? e.messageKey() : first.messageKey());
			redirect.addFlashAttribute("problemArguments", first == null ? e.arguments() : first.arguments());
		}
		return "redirect:" + AccountController.ACCOUNT_PAGE;
	}

	@PostMapping(AccountController.ACCOUNT_PAGE + "/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		revokeToken.revoke(principal(authentication).id(), id);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:" + AccountController.ACCOUNT_PAGE;
	}

	private static XddUserPrincipal principal(Authentication authentication) {
		return (XddUserPrincipal) Objects.requireNonNull(authentication.getPrincipal());
	}
}
