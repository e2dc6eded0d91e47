package vn.xdd.shared;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Vietnamese text helpers: the diacritic-insensitive search key ("Đức" and "duc" match), and dates
 * as Vietnamese documents write them.
 */
public final class VietnameseText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseText() {
	}

	/** NFD, marks stripped, đ→d, lower case, spaces collapsed. */
	public static String searchKey(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				c = 'd';
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
	}

	/** A date as Vietnamese documents and messages write it: 01/07/2025. */
	public static String date(LocalDate day) {
		return day.format(DATE);
	}
}
