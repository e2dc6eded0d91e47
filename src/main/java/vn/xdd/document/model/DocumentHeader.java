package vn.xdd.document.model;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The two-column header block of the first page.
 *
 * @param superiorBody the superior party organisation in capitals, e.g. ĐẢNG BỘ TỈNH LẠNG SƠN
 * @param issuingBody the issuing body in capitals, e.g. HUYỆN ỦY HỮU LŨNG (bold, followed by a line with *)
 * @param numberSymbol the number and symbol without Số, e.g. 42a-KH/HU; null in a draft (Số    -KH/HU)
 * @param draftSymbol the symbol shown while no number is reserved, e.g. -KH/HU
 * @param place the place written before the date, e.g. Hữu Lũng
 */
public record DocumentHeader(String superiorBody, String issuingBody, @Nullable String numberSymbol,
		String draftSymbol, String place, LocalDate date) {

	/** The number line as printed: Số 42a-KH/HU, or Số     -KH/HU in a draft. */
	public String numberLine() {
		return numberSymbol != null ? "Số " + numberSymbol : "Số      " + draftSymbol;
	}

	/** Place and date in words as party documents write them: Hữu Lũng, ngày 30 tháng 01 năm 2013. */
	public String placeAndDate() {
		return "%s, ngày %02d tháng %02d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(),
				date.getYear());
	}
}
