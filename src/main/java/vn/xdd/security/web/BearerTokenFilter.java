package vn.xdd.security.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.xdd.security.application.ApiTokenAuthentication;
import vn.xdd.security.application.LoginThrottle;
import vn.xdd.shared.ProblemJson;

/**
 * {@code Authorization: Bearer <token>} on an API call: a personal access token instead of a
 * password. A token that opens nothing is answered 401 and counted against the caller's address,
 * as a failed password is; HTTP Basic is left to its own filter.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenAuthentication tokens;

	private final LoginThrottle throttle;

	private final MessageSource messages;

	BearerTokenFilter(ApiTokenAuthentication tokens, LoginThrottle throttle, MessageSource messages) {
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		// A token names no user: its failures count under the address (as a name of its own, and as the address).
		String name = "(token)@" + address;
		Optional<Authentication> authentication = throttle.isBlocked(name, address) ? Optional.empty()
				: tokens.authenticate(header.substring(BEARER.length()).strip());
		if (authentication.isEmpty()) {
			throttle.recordFailure(name, address);
			response.setHeader("WWW-Authenticate", "Bearer realm=\"XDD\"");
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED,
					SecurityConfiguration.message(messages, "api.error.tokenInvalid"), request.getRequestURI());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
