package vn.xdd.document.numbering.domain;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a unit's documents carry in the header and the signature block: the superior body and the
 * issuing body in capitals, the place before the date, the body's abbreviation in the symbol, the
 * authority line with the Party's slash forms, the signer, and the usual recipients.
 *
 * @param saved whether the unit saved this profile; false for the defaults derived from the tree
 * @param version the saved row's version, for optimistic locking; -1 when not saved
 */
public record IssuerProfile(String superiorBody, String issuingBody, String place, String bodyAbbreviation,
		String authorityLine, String signerTitle, String signerName, List<String> recipients, boolean saved,
		int version) {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** Unit name prefixes, longest first: Huyện ủy Hữu Lũng → (HUYỆN, Hữu Lũng). */
	private static final List<String[]> PREFIXES = List.of(new String[] { "Tỉnh ủy ", "TỈNH " },
			new String[] { "Thành ủy ", "THÀNH PHỐ " }, new String[] { "Huyện ủy ", "HUYỆN " },
			new String[] { "Thị ủy ", "THỊ XÃ " }, new String[] { "Quận ủy ", "QUẬN " },
			new String[] { "Đảng ủy ", "" }, new String[] { "Đảng bộ ", "" }, new String[] { "Chi bộ ", "" });

	public IssuerProfile {
		recipients = List.copyOf(recipients);
	}

	/** The unit as the defaults see it: its name, type, document abbreviation, and its parent's. */
	public record UnitFacts(String name, String typeCode, @Nullable String abbreviation, @Nullable String parentName) {
	}

	/**
	 * The defaults of a unit that saved no profile, to be checked and edited by its office:
	 * Huyện ủy Hữu Lũng under Tỉnh ủy Lạng Sơn → ĐẢNG BỘ TỈNH LẠNG SƠN, HUYỆN ỦY HỮU LŨNG, Hữu Lũng,
	 * HU, T/M BAN THƯỜNG VỤ, BÍ THƯ.
	 */
	public static IssuerProfile defaults(UnitFacts unit) {
		String superior = partyBody(unit.parentName() != null ? unit.parentName() : unit.name());
		String abbreviation = unit.abbreviation() != null && !unit.abbreviation().isBlank() ? unit.abbreviation()
				: defaultAbbreviation(unit.typeCode());
		return new IssuerProfile(superior, caps(unit.name()), place(unit.name()), abbreviation,
				defaultAuthority(unit.typeCode()), "BÍ THƯ", "", List.of("- Như trên,", "- Lưu Văn phòng."), false,
				-1);
	}

	/** The Đảng bộ a committee leads, in capitals: Tỉnh ủy Lạng Sơn → ĐẢNG BỘ TỈNH LẠNG SƠN. */
	static String partyBody(String name) {
		String unitName = oldStyleAccents(name);
		for (String[] prefix : PREFIXES) {
			if (unitName.regionMatches(true, 0, prefix[0], 0, prefix[0].length())) {
				return "ĐẢNG BỘ " + prefix[1] + caps(unitName.substring(prefix[0].length()).strip());
			}
		}
		return "ĐẢNG BỘ " + caps(unitName);
	}

	/** The place written before the date: the unit's name without its committee prefix. */
	static String place(String name) {
		String unitName = oldStyleAccents(name);
		for (String[] prefix : PREFIXES) {
			if (unitName.regionMatches(true, 0, prefix[0], 0, prefix[0].length())) {
				String rest = unitName.substring(prefix[0].length()).strip();
				for (String locality : List.of("xã ", "phường ", "thị trấn ", "đặc khu ")) {
					if (rest.regionMatches(true, 0, locality, 0, locality.length())) {
						rest = rest.substring(locality.length()).strip();
					}
				}
				return rest.isEmpty() ? unitName : rest;
			}
		}
		return unitName;
	}

	/** Tỉnh uỷ written with the old accent placement reads as Tỉnh ủy. */
	private static String oldStyleAccents(String name) {
		return name.replace("uỷ", "ủy").replace("Uỷ", "Ủy").replace("UỶ", "ỦY");
	}

	static String defaultAbbreviation(String typeCode) {
		return switch (typeCode) {
			case "PROVINCIAL_COMMITTEE" -> "TU";
			case "DISTRICT_COMMITTEE" -> "HU";
			case "GRASSROOTS_CHAPTER", "SUB_CHAPTER", "PARTY_CELL" -> "CB";
			default -> "ĐU";
		};
	}

	static String defaultAuthority(String typeCode) {
		return switch (typeCode) {
			case "PROVINCIAL_COMMITTEE", "DISTRICT_COMMITTEE" -> "T/M BAN THƯỜNG VỤ";
			case "GRASSROOTS_CHAPTER", "SUB_CHAPTER", "PARTY_CELL" -> "T/M CHI BỘ";
			default -> "T/M ĐẢNG ỦY";
		};
	}

	static String caps(String text) {
		return text.toUpperCase(VI);
	}
}
