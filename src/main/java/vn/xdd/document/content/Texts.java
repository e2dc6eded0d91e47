package vn.xdd.document.content;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.xdd.document.model.Block;

/** Helpers for the wording of documents: NFC text, dates as offices write them, free text as blocks. */
public final class Texts {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private Texts() {
	}

	public static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** A date as documents write it in text: 30/06/2026 (the shared Vietnamese form). */
	public static String day(LocalDate date) {
		return vn.xdd.shared.VietnameseText.date(date);
	}

	/** The first letter in lower case, as a trích yếu continues the document type: Triển khai → triển khai. */
	public static String lowerFirst(String text) {
		String s = nfc(text.strip());
		return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
	}

	/** Ends a sentence with a full stop unless it already ends with punctuation. */
	public static String sentence(String text) {
		String s = nfc(text.strip());
		return s.isEmpty() || ".:;!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
	}

	/** Free text typed in a form as blocks: a paragraph per line, lines starting with a dash as items. */
	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String line : nfc(text).split("\\R")) {
			String s = line.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (s.startsWith("- ") || s.startsWith("+ ")) {
				blocks.add(new Block.Item(s.substring(0, 1), null, s.substring(2).strip()));
			}
			else {
				blocks.add(new Block.Paragraph(s));
			}
		}
		return blocks;
	}
}
