package vn.xdd.organization.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.xdd.shared.ProblemJson;

/**
 * Refuses a member file larger than the import accepts before anything reads the upload: the
 * servlet container would otherwise fail on the first parameter read (the CSRF check) with its own
 * bare error page. The page goes back to its form with the limit; the API answers 413.
 */
class MemberUploadSizeFilter extends OncePerRequestFilter {

	/** Room for the multipart envelope around the file (boundaries, headers, the CSRF field). */
	static final long ENVELOPE = 64 * 1024;

	private final long maxFileBytes;

	private final long maxRequestBytes;

	private final long maxMegabytes;

	private final MessageSource messages;

	MemberUploadSizeFilter(long maxFileBytes, long maxRequestBytes, long maxMegabytes, MessageSource messages) {
		this.maxFileBytes = maxFileBytes;
		this.maxRequestBytes = maxRequestBytes;
		this.maxMegabytes = maxMegabytes;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean tooLarge = length > maxFileBytes + ENVELOPE || maxRequestBytes > 0 && length > maxRequestBytes;
		if (!tooLarge || !"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		// Read what was sent (at most the request limit of the web shell): a browser whose upload is
		// cut off shows a broken connection instead of the answer.
		try (InputStream in = request.getInputStream()) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("member.import.error.tooLarge",
					new Object[] { maxMegabytes }, Locale.forLanguageTag("vi")), request.getRequestURI());
		}
		else {
			response.sendRedirect(request.getContextPath() + "/members/import?tooLarge");
		}
	}
}
