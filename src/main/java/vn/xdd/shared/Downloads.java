package vn.xdd.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The Content-Disposition of a download whose file name is Vietnamese (RFC 6266, RFC 5987). */
public final class Downloads {

	private Downloads() {
	}

	/** An attachment named {@code fileName}, with an ASCII fallback without marks (Đ → D). */
	public static String attachment(String fileName) {
		String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("[^\\x20-\\x7E]", "")
			.replace('"', '_');
		return attachment(ascii, fileName);
	}

	/** An attachment with an ASCII name and a UTF-8 one for browsers that read it. */
	public static String attachment(String asciiName, String utf8Name) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : utf8Name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
	}
}
