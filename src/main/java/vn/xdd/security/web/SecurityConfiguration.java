package vn.xdd.security.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.xdd.security.application.ApiTokenAuthentication;
import vn.xdd.security.application.LoginThrottle;
import vn.xdd.security.application.XddAuthenticationProvider;
import vn.xdd.shared.ProblemJson;

/**
 * Two filter chains: the JSON API under {@code /api} (HTTP Basic, stateless, no CSRF, problem
 * details), and the pages (form login, session, CSRF on every form, strict headers).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/** No inline script or style anywhere in the application's pages. */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Swagger UI, a third-party page, sets inline styles; it still loads nothing from outside. */
	static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, XddAuthenticationProvider provider, MessageSource messages,
			ApiTokenAuthentication tokens, LoginThrottle throttle) {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"XDD\", charset=\"UTF-8\"");
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED, message(messages, "api.error.unauthorized"),
					request.getRequestURI());
		};
		http.securityMatcher("/api/**")
			.authenticationManager(onlyXdd(provider))
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(unauthorized))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> ProblemJson.write(response, HttpStatus.FORBIDDEN,
						message(messages, "api.error.forbidden"), request.getRequestURI())))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new BearerTokenFilter(tokens, throttle, messages), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, XddAuthenticationProvider provider, MessageSource messages,
			SecurityContextRepository contextRepository) {
		http.authenticationManager(onlyXdd(provider))
			.securityContext(c -> c.securityContextRepository(contextRepository))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.requestCache(c -> c.requestCache(requestCacheWithoutContinueParameter()))
			.formLogin(f -> f.loginPage("/login").failureHandler(loginFailure()).defaultSuccessUrl("/", false))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::toLoginPage))
			.headers(h -> h
				.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
						request.getRequestURI().startsWith("/swagger-ui") ? SWAGGER_CSP : CSP))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
			.addFilterAfter(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The provider alone, without a parent manager: the global manager Spring Security builds also
	 * holds the provider bean, and a chain's manager falls back to it after a failure, so every
	 * failed login would be checked (counted for throttling, audited) twice.
	 */
	private static AuthenticationManager onlyXdd(XddAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	/**
	 * Unauthenticated page requests go to the login page; an htmx request (whose session may have
	 * expired) is told to load the login page as a whole page instead of swapping it into a fragment.
	 */
	static void toLoginPage(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		String target = expired ? "/login?expired" : "/login";
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, e) -> {
			String reason = e instanceof LockedException ? "throttled" : e instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect("/login?error=" + reason);
		};
	}

	/** The page asked for before login is shown after it, without a "?continue" in its address. */
	// HttpSessionRequestCache.setMatchingRequestParameterName documents null as no parameter at all, but its
	// parameter is not declared @Nullable in Spring Security: the library is mis-annotated.
	@SuppressWarnings("NullAway")
	private static org.springframework.security.web.savedrequest.RequestCache requestCacheWithoutContinueParameter() {
		var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	static String message(MessageSource messages, String key) {
		return Objects.requireNonNullElse(messages.getMessage(key, null, key, Locale.forLanguageTag("vi")), key);
	}
}
