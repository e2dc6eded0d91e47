package vn.xdd.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.BulkLoad.NewMember;

/**
 * A synthetic province for benchmarks, drawn from a seed: commune committees with their chapters,
 * and members with realistic Vietnamese records. Pure: the same seed, sizes and day give the same
 * data; a member's name, sex, ethnicity and birth date depend on the seed and its number only.
 * <p>
 * Modelled on a northern province (citizen-ID code 020, member-file suffix LS): family names
 * weighted as in national surveys (Nguyễn ≈ 38 %), minority ethnic groups with their own family
 * names, births 1940–2004, admission at 18 or older, full membership 12 months or a little more
 * after admission, about 5 % probationary (admitted within the last year) and some elderly
 * members exempted from activities. Party-card numbers and citizen IDs are unique by
 * construction (a bijection of the member's number).
 */
final class SyntheticProvince {

	static final int MAX_MEMBERS = 5_000_000;

	/** Commune committees and their chapters exist from this day (before the first admission). */
	static final LocalDate FOUNDED = LocalDate.of(1945, 9, 2);

	private static final int LAST_BIRTH_YEAR = 2004;

	private static final String PROVINCE_CODE = "020";

	private static final String FILE_SUFFIX = "LS";

	/** A commune or ward party committee with the names of its chapters. */
	record Commune(String name, List<String> chapters, String place) {
	}

	private final long seed;

	private final int memberCount;

	private final LocalDate today;

	private final List<Commune> communes;

	/** For each chapter (communes in order, chapters in order): where its members live. */
	private final String[] residenceOfChapter;

	private final double[] chapterCumulative;

	private final long cardOffset;

	SyntheticProvince(long seed, int memberCount, int chapterCount, LocalDate today) {
		if (memberCount < 1 || memberCount > MAX_MEMBERS) {
			throw new IllegalArgumentException("members: 1.." + MAX_MEMBERS);
		}
		if (chapterCount < 1 || chapterCount > 100_000) {
			throw new IllegalArgumentException("chapters: 1..100000");
		}
		this.seed = seed;
		this.memberCount = memberCount;
		this.today = today;
		SplittableRandom r = new SplittableRandom(seed);
		this.cardOffset = r.nextLong(90_000_000L);
		int wanted = 20 + r.nextInt(11);
		int communeCount = Math.min(chapterCount, Math.max(1, Math.min(wanted, chapterCount / 4)));
		int[] sizes = split(chapterCount, communeCount, r);
		List<Commune> list = new ArrayList<>();
		List<String> residences = new ArrayList<>();
		Set<String> communeNames = new HashSet<>();
		for (int c = 0; c < communeCount; c++) {
			String place = uniquePlace(r, communeNames);
			boolean ward = r.nextInt(4) == 0;
			String kind = ward ? "phường " : "xã ";
			List<String> chapters = chapterNames(r, sizes[c], ward, kind + place);
			for (String chapter : chapters) {
				residences.add(residence(chapter, kind + place));
			}
			list.add(new Commune("Đảng ủy " + kind + place, List.copyOf(chapters), kind + place));
		}
		this.communes = List.copyOf(list);
		this.residenceOfChapter = residences.toArray(String[]::new);
		// Chapter sizes vary (log-normal): a village chapter of 15 members next to one of 150.
		this.chapterCumulative = new double[chapterCount];
		double total = 0;
		for (int i = 0; i < chapterCount; i++) {
			total += Math.exp(r.nextGaussian() * 0.6);
			chapterCumulative[i] = total;
		}
		for (int i = 0; i < chapterCount; i++) {
			chapterCumulative[i] /= total;
		}
	}

	List<Commune> communes() {
		return communes;
	}

	int memberCount() {
		return memberCount;
	}

	/** Member number {@code i} (0-based), in the chapter whose id is {@code chapterIds[chapter index]}. */
	NewMember member(int i, long[] chapterIds) {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
		// Everything a name depends on is drawn first, and none of it depends on the day.
		boolean male = r.nextDouble() < 0.55;
		String ethnicity = Weighted.pick(ETHNICITIES, r);
		boolean probationary = r.nextDouble() < 0.05;
		int birthYear = Weighted.pickInt(BIRTH_YEARS, r);
		LocalDate birth = LocalDate.ofYearDay(birthYear, 1 + r.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
		String name = name(r, male, ethnicity, !probationary && birthYear < 1975);
		int chapter = chapter(r.nextDouble());

		LocalDate admitted;
		@Nullable LocalDate full = null;
		String status;
		LocalDate since;
		@Nullable String theory;
		if (probationary) {
			// Admitted within the last year, mostly young.
			admitted = today.minusDays(1 + r.nextInt(364));
			birth = admitted.minusYears(18 + Math.min(27, (int) Math.abs(r.nextGaussian() * 5)))
				.minusDays(r.nextInt(365));
			if (birth.getYear() > LAST_BIRTH_YEAR) {
				birth = LocalDate.of(LAST_BIRTH_YEAR, 12, 31).minusDays(r.nextInt(365));
			}
			status = "PROBATIONARY";
			since = admitted;
			theory = r.nextDouble() < 0.7 ? null : "ELEMENTARY";
		}
		else {
			LocalDate latestAdmission = today.minusMonths(13);
			LocalDate earliest = birth.plusYears(18);
			if (earliest.isAfter(latestAdmission)) {
				birth = latestAdmission.minusYears(18).minusDays(r.nextInt(3650));
				earliest = birth.plusYears(18);
			}
			int age = 18 + Math.min(32, (int) Math.abs(r.nextGaussian() * 8));
			admitted = birth.plusYears(age).plusDays(r.nextInt(365));
			if (admitted.isAfter(latestAdmission)) {
				admitted = earliest.plusDays(r.nextLong(ChronoUnit.DAYS.between(earliest, latestAdmission) + 1));
			}
			full = admitted.plusMonths(12).plusDays(r.nextInt(45));
			if (full.isAfter(today)) {
				full = admitted.plusMonths(12);
			}
			status = "FULL";
			since = full;
			theory = Weighted.pick(THEORY, r);
			if (theory.equals("NONE")) {
				theory = null;
			}
			if (birth.plusYears(70).isBefore(today) && r.nextDouble() < 0.12) {
				// Elderly members exempted from work and activities.
				LocalDate exempted = birth.plusYears(70).plusDays(r.nextInt(5 * 365));
				if (!exempted.isAfter(full)) {
					exempted = full.plusDays(1);
				}
				if (exempted.isAfter(today)) {
					exempted = today;
				}
				status = "EXEMPTED";
				since = exempted;
			}
		}
		int year = birth.getYear();
		String religion = Weighted.pick(RELIGIONS, r);
		String codeOfBirthPlace = r.nextDouble() < 0.8 ? PROVINCE_CODE : Weighted.pick(OTHER_PROVINCE_CODES, r);
		String homeTown = homeTown(r, codeOfBirthPlace);
		String citizenId = citizenId(i, codeOfBirthPlace, year, male);
		String card = Long.toString(10_000_000L + Math.floorMod(37_220_237L * i + cardOffset, 90_000_000L));
		String file = pad(Math.floorMod(618_031L * i + 104_729L, 1_000_000L), 6) + FILE_SUFFIX;
		String education = year < 1960 ? Weighted.pick(EDUCATION_OLD, r)
				: year < 1976 ? Weighted.pick(EDUCATION_MIDDLE, r) : Weighted.pick(EDUCATION_YOUNG, r);
		@Nullable String qualification = year < 1955 && r.nextDouble() < 0.6 ? null : Weighted.pick(QUALIFICATIONS, r);
		@Nullable String phone = year < 1950 && r.nextDouble() < 0.4 ? null
				: PHONE_PREFIXES[r.nextInt(PHONE_PREFIXES.length)] + pad(r.nextInt(10_000_000), 7);
		return new NewMember(name, birth, male, ethnicity, religion, homeTown, residenceOfChapter[chapter], citizenId,
				card, file, admitted, full, education, qualification, theory, phone, status, since, chapterIds[chapter]);
	}

	private int chapter(double u) {
		int at = Arrays.binarySearch(chapterCumulative, u);
		int index = at >= 0 ? at : -at - 1;
		return Math.min(index, chapterCumulative.length - 1);
	}

	private static String name(SplittableRandom r, boolean male, String ethnicity, boolean older) {
		String family = Weighted.pick(switch (ethnicity) {
			case "Tày", "Nùng" -> FAMILY_TAY_NUNG;
			case "Dao" -> FAMILY_DAO;
			case "Mường" -> FAMILY_MUONG;
			case "Thái" -> FAMILY_THAI;
			case "H'Mông" -> FAMILY_HMONG;
			case "Khmer" -> FAMILY_KHMER;
			default -> FAMILY_KINH;
		}, r);
		String middle = Weighted.pick(male ? (older ? MIDDLE_MALE_OLD : MIDDLE_MALE_YOUNG)
				: (older ? MIDDLE_FEMALE_OLD : MIDDLE_FEMALE_YOUNG), r);
		if (!male && middle.equals("Thị") && r.nextDouble() < 0.15) {
			middle = middle + " " + Weighted.pick(SECOND_MIDDLE_FEMALE, r);
		}
		String[] given = male ? GIVEN_MALE : GIVEN_FEMALE;
		return family + " " + middle + " " + given[r.nextInt(given.length)];
	}

	private static String citizenId(int i, String placeCode, int birthYear, boolean male) {
		// Code of the birth place, century and sex, year, then six digits: a bijection of the
		// member's number, so two members never share one. Past a million members each further
		// million gets a code no real province has (100, 101…).
		String code = i < 1_000_000 ? placeCode : pad(99 + i / 1_000_000, 3);
		int centuryAndSex = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
		long serial = Math.floorMod(389_527L * (i % 1_000_000) + 271_828L, 1_000_000L);
		return code + centuryAndSex + pad(birthYear % 100, 2) + pad(serial, 6);
	}

	private static String homeTown(SplittableRandom r, String code) {
		String province = switch (code) {
			case "020" -> "Lạng Sơn";
			case "024" -> "Bắc Ninh";
			case "004" -> "Cao Bằng";
			case "019" -> "Thái Nguyên";
			case "001" -> "Hà Nội";
			case "037" -> "Ninh Bình";
			case "040" -> "Nghệ An";
			case "038" -> "Thanh Hóa";
			case "034" -> "Hưng Yên";
			default -> "Phú Thọ";
		};
		return "Xã " + PLACE[r.nextInt(PLACE.length)] + " " + PLACE[r.nextInt(PLACE.length)] + ", tỉnh " + province;
	}

	private static String residence(String chapter, String commune) {
		if (chapter.startsWith("Chi bộ thôn ")) {
			return "Thôn " + chapter.substring("Chi bộ thôn ".length()) + ", " + commune;
		}
		if (chapter.startsWith("Chi bộ khu phố ")) {
			return "Khu phố " + chapter.substring("Chi bộ khu phố ".length()) + ", " + commune;
		}
		return commune.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + commune.substring(1);
	}

	private static String uniquePlace(SplittableRandom r, Set<String> used) {
		while (true) {
			String name = PLACE[r.nextInt(PLACE.length)] + " " + PLACE[r.nextInt(PLACE.length)];
			if (!name.split(" ")[0].equals(name.split(" ")[1]) && used.add(name)) {
				return name;
			}
		}
	}

	private static final List<String> INSTITUTIONS = List.of("Chi bộ Cơ quan Đảng - Đoàn thể",
			"Chi bộ Cơ quan Ủy ban nhân dân", "Chi bộ Công an", "Chi bộ Quân sự", "Chi bộ Trường Mầm non",
			"Chi bộ Trường Tiểu học", "Chi bộ Trường Trung học cơ sở", "Chi bộ Trạm Y tế");

	private static List<String> chapterNames(SplittableRandom r, int count, boolean ward, String commune) {
		List<String> names = new ArrayList<>(count);
		int institutions = count >= 12 ? INSTITUTIONS.size() : 0;
		for (int i = 0; i < institutions; i++) {
			names.add(INSTITUTIONS.get(i) + " " + commune);
		}
		Set<String> villages = new HashSet<>();
		int block = 1;
		while (names.size() < count) {
			if (ward) {
				names.add("Chi bộ khu phố " + block++);
			}
			else {
				String first = r.nextInt(5) == 0 ? VILLAGE_FIRST[r.nextInt(VILLAGE_FIRST.length)]
						: PLACE[r.nextInt(PLACE.length)];
				String village = first + " " + PLACE[r.nextInt(PLACE.length)];
				if (villages.size() > PLACE.length * 10) {
					village = village + " " + (villages.size() + 1);
				}
				if (villages.add(village)) {
					names.add("Chi bộ thôn " + village);
				}
			}
		}
		return names;
	}

	/** {@code total} split into {@code parts} uneven parts of at least one each. */
	private static int[] split(int total, int parts, SplittableRandom r) {
		double[] weights = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = Math.exp(r.nextGaussian() * 0.4);
			sum += weights[i];
		}
		int[] sizes = new int[parts];
		int given = 0;
		for (int i = 0; i < parts; i++) {
			sizes[i] = 1 + (int) Math.floor((total - parts) * weights[i] / sum);
			given += sizes[i];
		}
		for (int i = 0; given < total; i = (i + 1) % parts) {
			sizes[i]++;
			given++;
		}
		return sizes;
	}

	private static String pad(long value, int width) {
		String digits = Long.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

	/** Values with relative weights, picked by a uniform draw. */
	record Weighted<T>(List<T> values, double[] cumulative) {

		@SuppressWarnings("unchecked")
		static <T> Weighted<T> of(Object... valueWeightPairs) {
			List<T> values = new ArrayList<>();
			double[] cumulative = new double[valueWeightPairs.length / 2];
			double total = 0;
			for (int i = 0; i < valueWeightPairs.length; i += 2) {
				values.add((T) valueWeightPairs[i]);
				total += ((Number) valueWeightPairs[i + 1]).doubleValue();
				cumulative[i / 2] = total;
			}
			for (int i = 0; i < cumulative.length; i++) {
				cumulative[i] /= total;
			}
			return new Weighted<>(List.copyOf(values), cumulative);
		}

		static <T> T pick(Weighted<T> w, SplittableRandom r) {
			return w.get(r.nextDouble());
		}

		static int pickInt(Weighted<Integer> w, SplittableRandom r) {
			return w.get(r.nextDouble());
		}

		T get(double u) {
			int at = Arrays.binarySearch(cumulative, u);
			int index = at >= 0 ? at : -at - 1;
			return values.get(Math.min(index, values.size() - 1));
		}
	}

	private static final Weighted<String> FAMILY_KINH = Weighted.of("Nguyễn", 38.4, "Trần", 11, "Lê", 9.5, "Phạm", 7,
			"Hoàng", 3.2, "Huỳnh", 1.9, "Phan", 4.5, "Vũ", 2.1, "Võ", 1.8, "Đặng", 2.1, "Bùi", 2, "Đỗ", 1.4, "Hồ", 1.3,
			"Ngô", 1.3, "Dương", 1, "Lý", 0.5, "Trương", 1.2, "Đinh", 0.8, "Đoàn", 0.7, "Lâm", 0.5, "Mai", 0.5,
			"Trịnh", 0.6, "Cao", 0.5, "Lương", 0.5, "Hà", 0.5, "Tạ", 0.3, "Chu", 0.3, "Vương", 0.2, "Lưu", 0.3,
			"Tô", 0.3, "Kiều", 0.2, "Quách", 0.2, "Thái", 0.2, "Phùng", 0.3, "Nghiêm", 0.1, "Khúc", 0.1, "Lại", 0.2,
			"Triệu", 0.2, "Đàm", 0.2, "Lục", 0.1, "Mạc", 0.1, "Ninh", 0.1, "Tống", 0.1, "Giang", 0.1);

	private static final Weighted<String> FAMILY_TAY_NUNG = Weighted.of("Hoàng", 20, "Nông", 15, "Lương", 8, "Vi", 8,
			"Lăng", 5, "Lục", 5, "Hà", 6, "Triệu", 4, "Chu", 4, "Đàm", 4, "Mã", 3, "Lành", 2, "Nguyễn", 8, "Lê", 3,
			"Hứa", 3, "Linh", 2);

	private static final Weighted<String> FAMILY_DAO = Weighted.of("Triệu", 30, "Bàn", 25, "Đặng", 15, "Lý", 15,
			"Phùng", 10, "Chảo", 5);

	private static final Weighted<String> FAMILY_MUONG = Weighted.of("Bùi", 35, "Đinh", 25, "Quách", 15, "Hà", 10,
			"Xa", 5, "Nguyễn", 10);

	private static final Weighted<String> FAMILY_THAI = Weighted.of("Lò", 25, "Cầm", 20, "Lường", 15, "Vi", 10,
			"Quàng", 10, "Hà", 10, "Điêu", 10);

	private static final Weighted<String> FAMILY_HMONG = Weighted.of("Giàng", 25, "Thào", 20, "Vàng", 20, "Lý", 15,
			"Sùng", 10, "Mùa", 10);

	private static final Weighted<String> FAMILY_KHMER = Weighted.of("Thạch", 30, "Sơn", 25, "Kim", 20, "Danh", 15,
			"Lâm", 10);

	private static final Weighted<String> MIDDLE_MALE_OLD = Weighted.of("Văn", 55, "Đức", 8, "Hữu", 6, "Đình", 6,
			"Xuân", 4, "Quang", 4, "Công", 4, "Minh", 4, "Ngọc", 3, "Thanh", 3, "Trọng", 3);

	private static final Weighted<String> MIDDLE_MALE_YOUNG = Weighted.of("Văn", 25, "Minh", 10, "Đức", 8, "Quang", 6,
			"Hữu", 5, "Thành", 5, "Tuấn", 4, "Hoàng", 5, "Anh", 4, "Quốc", 5, "Xuân", 3, "Đình", 4, "Công", 4,
			"Trung", 3, "Gia", 3, "Ngọc", 3, "Thế", 3, "Mạnh", 2, "Việt", 2);

	private static final Weighted<String> MIDDLE_FEMALE_OLD = Weighted.of("Thị", 80, "Ngọc", 4, "Thu", 4, "Thanh", 4,
			"Kim", 3, "Hồng", 3, "Bích", 2);

	private static final Weighted<String> MIDDLE_FEMALE_YOUNG = Weighted.of("Thị", 45, "Ngọc", 8, "Thu", 7, "Thanh", 6,
			"Minh", 5, "Hồng", 5, "Phương", 4, "Kim", 3, "Mai", 3, "Thùy", 4, "Diệu", 2, "Khánh", 3, "Hải", 3,
			"Bảo", 2);

	private static final Weighted<String> SECOND_MIDDLE_FEMALE = Weighted.of("Thu", 3, "Ngọc", 3, "Kim", 2, "Thanh", 2,
			"Hồng", 2, "Minh", 1, "Bích", 1, "Phương", 1);

	private static final String[] GIVEN_MALE = { "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Sơn", "Thắng",
			"Cường", "Long", "Quân", "Huy", "Đức", "Thành", "Trung", "Hiếu", "Khánh", "Phong", "Bình", "Hưng", "Tùng",
			"Toàn", "Thịnh", "Lâm", "Phúc", "Hoàng", "Việt", "Quang", "Tâm", "Tú", "Vinh", "Kiên", "Lợi", "Nghĩa",
			"Tiến", "Tài", "Hòa", "Chiến", "Thanh", "An", "Đạt", "Duy", "Khoa", "Lộc", "Mạnh", "Quý", "Sáng", "Tân",
			"Thái", "Thông", "Trí", "Trọng", "Vũ", "Cảnh", "Đông", "Hậu", "Hiệp", "Hoan", "Kha", "Luân", "Phát",
			"Tấn", "Thuận", "Tín", "Tuệ", "Ước", "Xuân", "Yên", "Bảo", "Công", "Định", "Giang", "Hào", "Khải",
			"Lực", "Ninh", "Phương", "Quyết", "Sỹ", "Thiện", "Trường", "Văn", "Vượng", "Ánh" };

	private static final String[] GIVEN_FEMALE = { "Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Hà", "Thảo",
			"Ngọc", "Hằng", "Huyền", "Nga", "Phương", "Thủy", "Yến", "Anh", "Dung", "Hạnh", "Loan", "Nhung", "Oanh",
			"Quyên", "Tâm", "Thu", "Thúy", "Trinh", "Uyên", "Vân", "Xuân", "Hiền", "Hồng", "Liên", "Ly", "My",
			"Nhàn", "Nhi", "Nguyệt", "Phượng", "Quỳnh", "Sương", "Tuyết", "Vy", "Giang", "Châu", "Diệp", "Duyên",
			"Hậu", "Khuê", "Lệ", "Lụa", "Mận", "Ngân", "Thơm", "Thắm", "Trâm", "Tươi", "Ánh", "Bích", "Chi", "Đào",
			"Gấm", "Hải", "Kiều", "Lý", "Minh", "Nguyên", "Oanh", "Sen", "Thoa", "Tình", "Vinh", "Yên" };

	private static final Weighted<String> ETHNICITIES = Weighted.of("Kinh", 84, "Tày", 5, "Nùng", 4, "Mường", 2,
			"Dao", 2, "Thái", 1.2, "H'Mông", 0.8, "Sán Chay", 0.4, "Hoa", 0.3, "Sán Dìu", 0.2, "Khmer", 0.1);

	private static final Weighted<String> RELIGIONS = Weighted.of("Không", 95, "Phật giáo", 3, "Công giáo", 1.5,
			"Tin Lành", 0.5);

	private static final Weighted<String> OTHER_PROVINCE_CODES = Weighted.of("024", 3, "004", 2, "019", 2, "001", 3,
			"037", 1, "040", 1, "038", 1, "034", 1, "025", 1);

	private static final Weighted<Integer> BIRTH_YEARS = birthYears();

	private static Weighted<Integer> birthYears() {
		List<Object> pairs = new ArrayList<>();
		for (int year = 1940; year <= LAST_BIRTH_YEAR; year++) {
			double weight = year < 1950 ? 0.5 + (year - 1940) * 0.05 : year < 1960 ? 1.5 : year < 1995 ? 2.5 : 1.8;
			pairs.add(year);
			pairs.add(weight);
		}
		return Weighted.of(pairs.toArray());
	}

	private static final Weighted<String> EDUCATION_OLD = Weighted.of("7/10", 30, "10/10", 50, "12/12", 20);

	private static final Weighted<String> EDUCATION_MIDDLE = Weighted.of("10/10", 30, "12/12", 70);

	private static final Weighted<String> EDUCATION_YOUNG = Weighted.of("12/12", 97, "9/12", 3);

	private static final Weighted<String> QUALIFICATIONS = Weighted.of("Cử nhân Luật", 5, "Cử nhân Kinh tế", 8,
			"Kỹ sư Nông nghiệp", 6, "Trung cấp Nông nghiệp", 8, "Cao đẳng Sư phạm", 6, "Cử nhân Sư phạm", 7,
			"Bác sĩ Đa khoa", 2, "Thạc sĩ Quản lý công", 2, "Trung cấp Kế toán", 6, "Cử nhân Hành chính", 5,
			"Kỹ sư Xây dựng", 3, "Cử nhân Công nghệ thông tin", 3, "Trung cấp Chính trị - Hành chính", 4,
			"Sơ cấp Quân sự", 5, "Công nhân kỹ thuật", 5);

	private static final Weighted<String> THEORY = Weighted.of("ELEMENTARY", 55, "INTERMEDIATE", 18, "ADVANCED", 3,
			"BACHELOR", 1, "NONE", 23);

	private static final String[] PHONE_PREFIXES = { "086", "096", "097", "098", "032", "033", "034", "035", "036",
			"037", "038", "039", "088", "091", "094", "083", "084", "085", "081", "082", "070", "076", "077", "078",
			"079", "089", "090", "093", "056", "058", "059" };

	private static final String[] PLACE = { "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Hưng",
			"Phước", "Thuận", "Đông", "Tây", "Nam", "Bắc", "Trung", "Minh", "Quang", "Vĩnh", "Lộc", "Hiệp", "Thành",
			"Đức", "Xuân", "Hải", "Sơn", "Lâm", "Thái", "Hồng", "Kim", "Ngọc", "Cẩm", "Yên", "Đại", "Quảng", "Tiên",
			"Lạc", "Thịnh", "Hà", "Vân", "Khánh", "Gia", "Trường", "Châu", "Hợp", "Nghĩa", "Tiến", "Lợi", "Phong",
			"Định", "Thượng", "Tường", "Cát", "Đồng", "Lương", "Chí", "Hữu", "Văn", "Quyết", "Thắng" };

	private static final String[] VILLAGE_FIRST = { "Nà", "Khuôn", "Pác", "Bản", "Khau", "Làng", "Phố", "Lũng",
			"Còn", "Bó" };
}
