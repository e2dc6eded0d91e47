package vn.xdd.web;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;

/**
 * Every error of the JSON API as RFC 9457 problem details with a Vietnamese {@code detail}.
 * Spring's own exceptions take their detail from the messages {@code problemDetail.<class>}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrorAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, message("error.notFound"));
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail ruleBroken(BusinessRuleException e) {
		StringBuilder detail = new StringBuilder(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), vi()));
		java.util.List<java.util.Map<String, String>> errors = new java.util.ArrayList<>();
		for (vn.xdd.shared.FieldProblem p : e.fieldProblems()) {
			String field = message(p.fieldKey());
			String reason = messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), vi());
			detail.append(errors.isEmpty() ? " " : "; ").append(field).append(": ").append(reason);
			errors.add(java.util.Map.of("field", p.fieldKey(), "message", reason));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail.toString());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, message("api.error.forbidden"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, message("error.concurrentUpdate"));
	}

	/** A NUL byte in a text is the sender's error (400); any other integrity failure stays a server error. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		if (!InvalidText.causedBy(e)) {
			throw e;
		}
		return problem(HttpStatus.BAD_REQUEST, message(InvalidText.MESSAGE_KEY));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, message("error.uploadTooLarge")));
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private String message(String key) {
		return Objects.requireNonNullElse(messages.getMessage(key, null, key, vi()), key);
	}

	private static Locale vi() {
		return WebConfiguration.VIETNAMESE;
	}
}
