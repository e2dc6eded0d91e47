package vn.xdd.shared;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A Vietnamese full name, "family middle given" (Nguyễn Văn Đức). Official lists sort by the
 * given name first (the last word), then by the rest, with Vietnamese collation
 * (a &lt; ă &lt; â … d &lt; đ … o &lt; ô &lt; ơ … u &lt; ư, tones after letters).
 */
public record VietnameseName(String value) {

	private static final Collator PROTOTYPE = createCollator();

	public VietnameseName {
		value = normalize(value);
	}

	/**
	 * NFC, single spaces, and words capitalised: forms write names in capitals ("NGUYỄN VĂN HÙNG")
	 * and the registry stores "Nguyễn Văn Hùng".
	 */
	public static String normalize(String raw) {
		String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		StringBuilder out = new StringBuilder(nfc.length());
		boolean startOfWord = true;
		Locale vi = Locale.forLanguageTag("vi");
		for (int i = 0; i < nfc.length(); i++) {
			String c = String.valueOf(nfc.charAt(i));
			out.append(startOfWord ? c.toUpperCase(vi) : c.toLowerCase(vi));
			startOfWord = c.equals(" ") || c.equals("-");
		}
		return out.toString();
	}

	public String givenName() {
		int space = value.lastIndexOf(' ');
		return space < 0 ? value : value.substring(space + 1);
	}

	/** The name as official lists sort it: the given name, then the family and middle names. */
	public String sortForm() {
		int space = value.lastIndexOf(' ');
		return space < 0 ? value : value.substring(space + 1) + " " + value.substring(0, space);
	}

	/** A byte key whose unsigned byte order is the official list order (for a database index). */
	public byte[] sortKey() {
		return collator().getCollationKey(sortForm()).toByteArray();
	}

	public String searchKey() {
		return VietnameseText.searchKey(value);
	}

	/** Official list order of names. */
	public static Comparator<String> listOrder() {
		Collator collator = collator();
		return (a, b) -> collator.compare(new VietnameseName(a).sortForm(), new VietnameseName(b).sortForm());
	}

	/** A Vietnamese collator of one's own: ICU collators are not thread-safe. */
	public static Collator collator() {
		try {
			return PROTOTYPE.clone();
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Collator createCollator() {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator.freeze();
	}

	@Override
	public String toString() {
		return value;
	}
}
