package vn.xdd.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API requests that no controller takes (an unknown address, a method or content type the address
 * does not support) fail before any controller is chosen, where {@link ApiErrorAdvice}, limited to
 * REST controllers, does not apply: they too are answered as problem details in Vietnamese. Other
 * requests go on to the error page as before.
 */
@RestControllerAdvice
class ApiRoutingErrorAdvice {

	private final MessageSource messages;

	ApiRoutingErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> unrouted(Exception e, HttpServletRequest request) throws Exception {
		if (!(e instanceof ErrorResponse error)
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// Rethrown, the exception takes the default way to the error page.
			throw e;
		}
		return ResponseEntity.status(error.getStatusCode())
			.headers(error.getHeaders())
			.body(error.updateAndGetBody(messages, WebConfiguration.VIETNAMESE));
	}
}
