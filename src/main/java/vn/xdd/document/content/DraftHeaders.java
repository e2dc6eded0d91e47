package vn.xdd.document.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * The header and signature of a document not yet issued, for the preview: the number left blank
 * (Số     -KH/HU), today's date, the issuing body and its superior from the unit tree.
 */
@Component
public class DraftHeaders {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** Prefixes of unit names that say what the body is; what follows is the place. */
	private static final List<String> BODY_PREFIXES = List.of("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy",
			"Đảng ủy", "Đảng bộ", "Chi bộ");

	private final OrgUnits units;

	private final Clock clock;

	DraftHeaders(OrgUnits units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	public DocumentHeader header(OrgUnitId issuingUnit, DocumentKind kind) {
		OrgUnitSummary unit = units.find(issuingUnit)
			.orElseThrow(() -> new NotFoundException("ORG_UNIT", issuingUnit.toString()));
		String superior = unit.parentId() == null ? ""
				: units.find(unit.parentId()).map(DraftHeaders::superiorBody).orElse("");
		return new DocumentHeader(superior, unit.name().toUpperCase(VI), null,
				"-" + kind.typeCode() + "/" + bodyCode(unit.typeCode()), place(unit.name()), LocalDate.now(clock));
	}

	public SignatureBlock signature(OrgUnitId issuingUnit) {
		String type = units.find(issuingUnit).map(OrgUnitSummary::typeCode).orElse("");
		String authority = switch (type) {
			case "PROVINCIAL_COMMITTEE", "DISTRICT_COMMITTEE" -> "T/M BAN THƯỜNG VỤ";
			case "GRASSROOTS_CHAPTER", "SUB_CHAPTER" -> "T/M CHI BỘ";
			default -> "T/M ĐẢNG ỦY";
		};
		return new SignatureBlock(authority, "BÍ THƯ", "");
	}

	/** The issuing body's abbreviation in the symbol (documents.md); CB for a chapter is unconfirmed. */
	static String bodyCode(String typeCode) {
		return switch (typeCode) {
			case "PROVINCIAL_COMMITTEE" -> "TU";
			case "DISTRICT_COMMITTEE" -> "HU";
			case "GRASSROOTS_CHAPTER", "SUB_CHAPTER" -> "CB";
			default -> "ĐU";
		};
	}

	/** The superior party organisation as the header's first line: Tỉnh ủy Lạng Sơn → ĐẢNG BỘ TỈNH LẠNG SƠN. */
	static String superiorBody(OrgUnitSummary parent) {
		String name = parent.name();
		for (String level : List.of("Tỉnh", "Thành", "Huyện", "Thị", "Quận")) {
			String prefix = level + " ủy ";
			if (name.startsWith(prefix)) {
				String levelWord = level.equals("Thành") ? "thành phố" : level.equals("Thị") ? "thị xã" : level.toLowerCase(VI);
				return ("Đảng bộ " + levelWord + " " + name.substring(prefix.length())).toUpperCase(VI);
			}
		}
		return name.replace("Đảng ủy ", "Đảng bộ ").toUpperCase(VI);
	}

	/** The place written before the date: Huyện ủy Hữu Lũng → Hữu Lũng. */
	static String place(String unitName) {
		for (String prefix : BODY_PREFIXES) {
			if (unitName.startsWith(prefix + " ")) {
				String rest = unitName.substring(prefix.length() + 1).strip();
				for (String level : List.of("tỉnh ", "huyện ", "xã ", "phường ", "thị trấn ")) {
					if (rest.startsWith(level)) {
						rest = rest.substring(level.length());
					}
				}
				return rest.isEmpty() ? unitName : rest;
			}
		}
		return unitName;
	}
}
