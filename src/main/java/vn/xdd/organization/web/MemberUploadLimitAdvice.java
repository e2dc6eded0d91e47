package vn.xdd.organization.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.xdd.organization.application.ImportUploads;
import vn.xdd.shared.ProblemJson;

/**
 * A member file larger than the server's upload limit ({@code spring.servlet.multipart}) fails
 * before any controller is chosen: the import page shows its own message instead of the generic
 * error page, the API answers 413 with it. Other uploads take the default way.
 */
@ControllerAdvice
class MemberUploadLimitAdvice {

	private final ImportUploads uploads;

	private final MessageSource messages;

	MemberUploadLimitAdvice(ImportUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/members/import")) {
			response.sendRedirect(request.getContextPath() + "/members/import?tooLarge");
		}
		else if (path.equals("/api/v1/members/import")) {
			ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("member.import.error.tooLarge",
					new Object[] { uploads.maxMegabytes() }, Locale.forLanguageTag("vi")), request.getRequestURI());
		}
		else {
			// Rethrown, the exception takes the default way to the error page.
			throw e;
		}
	}
}
