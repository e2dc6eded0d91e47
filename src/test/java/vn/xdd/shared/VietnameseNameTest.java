package vn.xdd.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNameTest {

	@Test
	void capitalsFromFormsAreStoredCapitalised() {
		assertThat(new VietnameseName("  NGUYỄN   VĂN HÙNG ").value()).isEqualTo("Nguyễn Văn Hùng");
		assertThat(new VietnameseName("đinh thị lan").value()).isEqualTo("Đinh Thị Lan");
	}

	@Test
	void decomposedInputIsStoredComposed() {
		String decomposed = java.text.Normalizer.normalize("Lê Thị Ánh", java.text.Normalizer.Form.NFD);
		assertThat(new VietnameseName(decomposed).value()).isEqualTo("Lê Thị Ánh").hasSize(10);
	}

	@Test
	void officialListsSortByGivenNameFirstWithVietnameseLetters() {
		List<String> names = new ArrayList<>(List.of("Nguyễn Văn Đức", "Trần Văn Dũng", "Lê Thị Anh", "Phạm Thị Ánh",
				"Hoàng Văn Ân", "Vũ Thị Ăn", "Bùi Văn Bình", "Nguyễn Văn Dũng", "Đỗ Thị Ơn", "Lý Thị Ôn", "Mai Văn On"));
		names.sort(VietnameseName.listOrder());
		assertThat(names).containsExactly("Lê Thị Anh", "Phạm Thị Ánh", "Vũ Thị Ăn", "Hoàng Văn Ân", "Bùi Văn Bình",
				"Nguyễn Văn Dũng", "Trần Văn Dũng", "Nguyễn Văn Đức", "Mai Văn On", "Lý Thị Ôn", "Đỗ Thị Ơn");
	}

	@Test
	void theGivenNameDecidesWholeBeforeTheFamilyNameIsLookedAt() {
		// Tones are a weaker difference than letters, but only within the given name: all "Anh"
		// come before all "Ánh", even when the family names would order them the other way.
		List<String> names = new ArrayList<>(List.of("Nguyễn Thị Ánh", "Trần Anh", "Lê Văn Anh", "Anh", "Bùi Ánh"));
		names.sort(VietnameseName.listOrder());
		assertThat(names).containsExactly("Anh", "Lê Văn Anh", "Trần Anh", "Bùi Ánh", "Nguyễn Thị Ánh");
		List<String> byKey = new ArrayList<>(names);
		java.util.Collections.reverse(byKey);
		byKey.sort((a, b) -> Arrays.compareUnsigned(new VietnameseName(a).sortKey(), new VietnameseName(b).sortKey()));
		assertThat(byKey).containsExactlyElementsOf(names);
	}

	@Test
	void sortKeysOrderLikeTheCollator() {
		List<String> names = List.of("Nguyễn Văn Đức", "Trần Văn Dũng", "Lê Thị Anh", "Hoàng Văn Ân", "Đỗ Thị Ơn",
				"Lý Thị Ôn", "Bùi Văn Bình", "Nguyễn Văn Dũng", "Trần Anh", "Nguyễn Thị Ánh", "Dũng", "Ngô Thu Dung");
		List<String> byCollator = new ArrayList<>(names);
		byCollator.sort(VietnameseName.listOrder());
		List<String> byKey = new ArrayList<>(names);
		byKey.sort((a, b) -> Arrays.compareUnsigned(new VietnameseName(a).sortKey(), new VietnameseName(b).sortKey()));
		assertThat(byKey).containsExactlyElementsOf(byCollator);
	}

	@Test
	void givenNameIsTheLastWord() {
		assertThat(new VietnameseName("Nguyễn Thị Thu Trang").givenName()).isEqualTo("Trang");
		assertThat(new VietnameseName("Nguyễn Thị Thu Trang").sortForm()).isEqualTo("Trang Nguyễn Thị Thu");
	}
}
