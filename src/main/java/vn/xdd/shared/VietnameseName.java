package vn.xdd.shared;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A Vietnamese full name, "family middle given" (Nguyễn Văn Đức). Official lists sort by the
 * given name first (the last word), then by the rest, with Vietnamese collation
 * (a &lt; ă &lt; â … d &lt; đ … o &lt; ô &lt; ơ … u &lt; ư, tones after letters). The given name is
 * compared whole before the rest is looked at: every "Anh" comes before every "Ánh", whatever
 * the family names ("Trần Anh" before "Nguyễn Thị Ánh").
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

	/** The family and middle names, empty for a name of one word. */
	public String familyAndMiddleNames() {
		int space = value.lastIndexOf(' ');
		return space < 0 ? "" : value.substring(0, space);
	}

	/**
	 * A byte key whose unsigned byte order is the official list order (for a database index): the
	 * collation key of the given name, then that of the rest. Each ICU key ends with its only zero
	 * byte, so the given name decides before the rest is compared.
	 */
	public byte[] sortKey() {
		Collator collator = collator();
		byte[] given = collator.getCollationKey(givenName()).toByteArray();
		byte[] rest = collator.getCollationKey(familyAndMiddleNames()).toByteArray();
		byte[] key = java.util.Arrays.copyOf(given, given.length + rest.length);
		System.arraycopy(rest, 0, key, given.length, rest.length);
		return key;
	}

	public String searchKey() {
		return VietnameseText.searchKey(value);
	}

	/** Official list order of names: the given name, then the family and middle names. */
	public static Comparator<String> listOrder() {
		Collator collator = collator();
		return (a, b) -> {
			VietnameseName x = new VietnameseName(a);
			VietnameseName y = new VietnameseName(b);
			int byGiven = collator.compare(x.givenName(), y.givenName());
			return byGiven != 0 ? byGiven : collator.compare(x.familyAndMiddleNames(), y.familyAndMiddleNames());
		};
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
