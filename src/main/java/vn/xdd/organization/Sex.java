package vn.xdd.organization;

import java.util.Optional;

import vn.xdd.shared.VietnameseText;

/** Giới tính, as the member's file records it. Labels: messages {@code sex.<NAME>}. */
public enum Sex {
	MALE("M", "nam"), FEMALE("F", "nu");

	private final String code;

	private final String searchKey;

	Sex(String code, String searchKey) {
		this.code = code;
		this.searchKey = searchKey;
	}

	public String code() {
		return code;
	}

	public static Sex ofCode(String code) {
		return "F".equals(code) ? FEMALE : MALE;
	}

	/** Reads "Nam", "Nữ", "NỮ", "nu", "M", "F". */
	public static Optional<Sex> parse(String text) {
		String key = VietnameseText.searchKey(text);
		for (Sex sex : values()) {
			if (sex.searchKey.equals(key) || sex.code.equalsIgnoreCase(key)) {
				return Optional.of(sex);
			}
		}
		return Optional.empty();
	}

	public String messageKey() {
		return "sex." + name();
	}
}
