package vn.xdd.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.VersionConflictException;

/**
 * Every error of the JSON API as RFC 9457 problem details with a Vietnamese {@code detail}.
 * Spring's own exceptions take their detail from the messages {@code problemDetail.<class>}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

	/** The constraints that mean a value is missing, not malformed. */
	private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

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
		return refusal(HttpStatus.BAD_REQUEST, e);
	}

	/** Refused by a rule of permission: 403 with the Vietnamese reason (who may). */
	@ExceptionHandler(PermissionDeniedException.class)
	ProblemDetail permissionDenied(PermissionDeniedException e) {
		return refusal(HttpStatus.FORBIDDEN, e);
	}

	/** A change made on a stale version of the record: 409, as for members. */
	@ExceptionHandler(VersionConflictException.class)
	ProblemDetail versionConflict(VersionConflictException e) {
		return refusal(HttpStatus.CONFLICT, e);
	}

	private ProblemDetail refusal(HttpStatus status, BusinessRuleException e) {
		StringBuilder detail = new StringBuilder(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), vi()));
		java.util.List<java.util.Map<String, String>> errors = new java.util.ArrayList<>();
		for (vn.xdd.shared.FieldProblem p : e.fieldProblems()) {
			String field = message(p.fieldKey());
			String reason = messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), vi());
			detail.append(errors.isEmpty() ? " " : "; ").append(field).append(": ").append(reason);
			errors.add(java.util.Map.of("field", p.fieldKey(), "message", reason));
		}
		ProblemDetail problem = problem(status, detail.toString());
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

	/**
	 * A body that fails its bean validation: the detail names the fields at fault, and
	 * {@code errors} lists each with its reason, as for a rule refusing fields.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		StringBuilder detail = new StringBuilder(message(
				"problemDetail." + MethodArgumentNotValidException.class.getName()));
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			String code = error.getCode();
			boolean missing = code != null && REQUIRED.contains(code);
			String reason = message(missing ? "api.error.fieldRequired" : "api.error.fieldInvalid");
			detail.append(errors.isEmpty() ? " " : "; ").append(error.getField()).append(": ").append(reason);
			errors.add(Map.of("field", error.getField(), "message", reason));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail.toString());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.badRequest().headers(headers).body(problem);
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
