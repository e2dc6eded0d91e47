package vn.xdd.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * Writes an RFC 9457 problem document where no message converter runs (security filters,
 * request filters). Controllers answer problems through Spring's {@code ProblemDetail}.
 */
public final class ProblemJson {

	public static final String MEDIA_TYPE = "application/problem+json";

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MEDIA_TYPE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":" + quote(status.getReasonPhrase()) + ",\"status\":"
					+ status.value() + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(instance) + "}");
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
