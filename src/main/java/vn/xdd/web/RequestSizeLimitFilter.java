package vn.xdd.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.xdd.shared.ProblemJson;

/**
 * Refuses a request whose declared body is larger than the limit before anything reads it:
 * 413 as problem details on the API, the error page elsewhere.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final MessageSource messages;

	RequestSizeLimitFilter(long maxBytes, MessageSource messages) {
		this.maxBytes = maxBytes;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			String detail = messages.getMessage("error.requestTooLarge", new Object[] { maxBytes / (1024 * 1024) },
					WebConfiguration.VIETNAMESE);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, detail, request.getRequestURI());
			}
			else {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
