package vn.xdd.security.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.xdd.security.application.XddAuthenticationProvider;
import vn.xdd.shared.ProblemJson;

/**
 * A user whose password was generated or set by an administrator can do nothing but choose a
 * new one: pages redirect to the password form, the API answers 403 on every address but the one
 * that changes the password.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	/** Where the API replaces a temporary password. */
	static final String PASSWORD_API = "/api/v1/me/password";

	private final MessageSource messages;

	PasswordChangeRequiredFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean mustChange = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> XddAuthenticationProvider.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!mustChange || allowed(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN,
					SecurityConfiguration.message(messages, "api.error.passwordChangeRequired"), path);
			return;
		}
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", PASSWORD_PAGE);
			return;
		}
		response.sendRedirect(PASSWORD_PAGE);
	}

	private static boolean allowed(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals(PASSWORD_API) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/");
	}
}
