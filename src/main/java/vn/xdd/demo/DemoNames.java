package vn.xdd.demo;

import java.util.List;
import java.util.Random;

/**
 * Realistic Vietnamese names for demonstration data: family names weighted roughly as in the
 * population (Nguyễn about 38%), middle and given names by sex.
 */
final class DemoNames {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Vi", "Nông", "Hà", "Lăng", "Chu", "Đinh", "Mai" };

	private static final int[] FAMILY_WEIGHT = { 380, 110, 95, 70, 50, 20, 45, 40, 20, 20, 20, 15, 15, 12, 10, 8, 12, 10,
			10, 10, 6, 6, 10, 6 };

	private static final String[] MIDDLE_MALE = { "Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Xuân",
			"Thanh", "Ngọc", "Đình" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng",
			"Phương" };

	private static final String[] GIVEN_MALE = { "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Huy",
			"Khánh", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
			"Thành", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Ân", "Đạt", "Hiếu", "Khoa", "Lộc", "Thịnh" };

	private static final String[] GIVEN_FEMALE = { "Anh", "Ánh", "Bích", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng",
			"Hiền", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh",
			"Phương", "Quỳnh", "Thảo", "Thu", "Thủy", "Trang", "Tuyết", "Uyên", "Vân", "Yến", "Ơn", "Ăn" };

	static final List<String> ETHNICITIES = List.of("Kinh", "Tày", "Nùng", "Dao", "Sán Chay", "Hoa", "Mường");

	private static final int[] ETHNICITY_WEIGHT = { 40, 30, 20, 5, 2, 2, 1 };

	private DemoNames() {
	}

	static String name(Random random, boolean male) {
		String family = weighted(random, FAMILY, FAMILY_WEIGHT);
		String middle = pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE);
		String given = pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
		return family + " " + middle + " " + given;
	}

	static String ethnicity(Random random) {
		return weighted(random, ETHNICITIES.toArray(String[]::new), ETHNICITY_WEIGHT);
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String weighted(Random random, String[] values, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}
}
