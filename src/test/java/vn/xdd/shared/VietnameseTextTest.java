package vn.xdd.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void searchKeyIgnoresDiacriticsCaseAndDStroke() {
		assertThat(VietnameseText.searchKey("Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
		assertThat(VietnameseText.searchKey("  ĐẢNG ỦY   XÃ  ")).isEqualTo("dang uy xa");
		assertThat(VietnameseText.searchKey("Hữu Lũng")).isEqualTo(VietnameseText.searchKey("huu lung"));
	}

	@Test
	void searchKeyWorksOnPrecomposedAndDecomposedInput() {
		String precomposed = "Đức";
		String decomposed = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.searchKey(decomposed)).isEqualTo(VietnameseText.searchKey(precomposed)).isEqualTo("duc");
	}

	@Test
	void datesAreWrittenDayMonthYear() {
		assertThat(VietnameseText.date(java.time.LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
	}
}
