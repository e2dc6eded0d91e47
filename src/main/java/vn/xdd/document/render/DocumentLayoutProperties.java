package vn.xdd.document.render;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The page of official documents (documents.md): A4, margins of the older handbook (HD 11/2004, kept by
 * many offices) and page numbers top centre from page 2, which HD 36 may not keep: all are settings.
 *
 * @param pageSize the paper (XDD_DOC_PAGE_SIZE)
 * @param marginTopMm top margin in millimetres (XDD_DOC_MARGIN_TOP)
 * @param marginBottomMm bottom margin in millimetres (XDD_DOC_MARGIN_BOTTOM)
 * @param marginLeftMm left margin in millimetres, the binding side (XDD_DOC_MARGIN_LEFT)
 * @param marginRightMm right margin in millimetres (XDD_DOC_MARGIN_RIGHT)
 * @param pageNumbers whether pages carry their number, top centre (XDD_DOC_PAGE_NUMBERS)
 * @param pageNumbersFromPage the first numbered page, 1 or 2: Word can only leave out the first page
 *     (XDD_DOC_PAGE_NUMBERS_FROM)
 */
@Validated
@ConfigurationProperties("xdd.documents.layout")
public record DocumentLayoutProperties(@DefaultValue("A4") @NotNull PageSize pageSize,
		@DefaultValue("25") @Positive double marginTopMm, @DefaultValue("25") @Positive double marginBottomMm,
		@DefaultValue("35") @Positive double marginLeftMm, @DefaultValue("15") @Positive double marginRightMm,
		@DefaultValue("true") boolean pageNumbers, @DefaultValue("2") @Min(1) @Max(2) int pageNumbersFromPage) {

	/** The layout of documents.md, for code that runs without the application's settings. */
	public static DocumentLayoutProperties defaults() {
		return new DocumentLayoutProperties(PageSize.A4, 25, 25, 35, 15, true, 2);
	}

	/** The paper of official documents; TCVN and HD 36 use A4 only. */
	public enum PageSize {
		A4(210, 297);

		private final double widthMm;
		private final double heightMm;

		PageSize(double widthMm, double heightMm) {
			this.widthMm = widthMm;
			this.heightMm = heightMm;
		}

		public double widthMm() {
			return widthMm;
		}

		public double heightMm() {
			return heightMm;
		}
	}
}
