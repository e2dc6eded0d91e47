package vn.xdd.document.numbering.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;

/**
 * The number of a document in its series: 42, or 42a for a document inserted after 42. Printed with
 * at least two digits, as the series runs from 01.
 *
 * @param suffix a lower-case letter, or null for a number of the series itself
 */
public record DocumentNumber(int number, @Nullable Character suffix) implements Comparable<DocumentNumber> {

	private static final Pattern FORM = Pattern.compile("0*([1-9][0-9]{0,5})([a-zA-Z]?)");

	public DocumentNumber {
		if (number < 1) {
			throw new IllegalArgumentException("Document numbers start at 1: " + number);
		}
		if (suffix != null && (suffix < 'a' || suffix > 'z')) {
			throw new IllegalArgumentException("A suffix is a lower-case letter: " + suffix);
		}
	}

	public static DocumentNumber of(int number) {
		return new DocumentNumber(number, null);
	}

	/** Reads what a user typed: 42, 042, 42a or 42A; refuses anything else. */
	public static DocumentNumber parse(String text) {
		Matcher m = FORM.matcher(text.strip());
		if (!m.matches()) {
			throw new BusinessRuleException("document.error.badNumber", text);
		}
		String letter = m.group(2);
		return new DocumentNumber(Integer.parseInt(m.group(1)),
				letter.isEmpty() ? null : Character.toLowerCase(letter.charAt(0)));
	}

	public boolean suffixed() {
		return suffix != null;
	}

	/** The number of the series this one is inserted after (42 for 42a). */
	public DocumentNumber base() {
		return of(number);
	}

	/** As printed: 01, 09, 10, 42a. */
	public String printed() {
		return "%02d%s".formatted(number, suffix == null ? "" : suffix.toString());
	}

	@Override
	public int compareTo(DocumentNumber other) {
		int byNumber = Integer.compare(number, other.number);
		if (byNumber != 0) {
			return byNumber;
		}
		char mine = suffix == null ? ' ' : suffix;
		char theirs = other.suffix == null ? ' ' : other.suffix;
		return Character.compare(mine, theirs);
	}

	@Override
	public String toString() {
		return printed();
	}
}
