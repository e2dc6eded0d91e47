package vn.xdd.organization;

import java.util.Optional;

import vn.xdd.shared.VietnameseText;

/** Trình độ lý luận chính trị. Labels: messages {@code politicalTheory.<NAME>}. */
public enum PoliticalTheory {
	ELEMENTARY("so cap"), INTERMEDIATE("trung cap"), ADVANCED("cao cap"), BACHELOR("cu nhan");

	private final String searchKey;

	PoliticalTheory(String searchKey) {
		this.searchKey = searchKey;
	}

	/** Reads "Sơ cấp", "TRUNG CẤP", "cao cap", "Cử nhân" or the code. */
	public static Optional<PoliticalTheory> parse(String text) {
		String key = VietnameseText.searchKey(text);
		for (PoliticalTheory level : values()) {
			if (level.searchKey.equals(key) || level.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	public String messageKey() {
		return "politicalTheory." + name();
	}
}
