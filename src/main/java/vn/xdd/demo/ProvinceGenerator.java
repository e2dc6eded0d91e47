package vn.xdd.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xdd.organization.BulkLoad;
import vn.xdd.organization.BulkLoad.NewMember;
import vn.xdd.organization.BulkLoad.NewUnit;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.OrgUnitId;

/**
 * Fills an empty database with a {@link SyntheticProvince} for benchmarks: commune committees
 * under the root unit, their chapters, and the members, in one transaction (all or nothing),
 * then refreshes the planner's statistics.
 * <p>
 * It writes through {@link BulkLoad}, which <b>bypasses the use cases</b> (no scope check, no
 * restructuring events, no audit lines): acceptable for generated benchmark data, never for
 * people's records. Loading 400,000 members takes a few minutes at most on two cores.
 */
@Component
class ProvinceGenerator {

	static final String COMMUNE_TYPE = "COMMUNE_COMMITTEE";

	static final String CHAPTER_TYPE = "SUB_CHAPTER";

	private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);

	private final OrgUnits units;

	private final BulkLoad bulkLoad;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ProvinceGenerator(OrgUnits units, BulkLoad bulkLoad, TransactionTemplate transaction, Clock clock) {
		this.units = units;
		this.bulkLoad = bulkLoad;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What was generated. */
	record Result(long rootId, int communes, int chapters, long members, Duration took) {
	}

	/** The database holds more than its root unit: the generator does not touch it. */
	static class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	Result generate(int members, int chapters, long seed) {
		long started = System.nanoTime();
		List<OrgUnitSummary> roots = units.roots();
		BulkLoad.Contents contents = bulkLoad.contents();
		if (roots.size() != 1 || contents.units() > 1 || contents.members() > 0) {
			throw new Refused("Cơ sở dữ liệu không trống (" + contents.units() + " đơn vị, " + contents.members()
					+ " đảng viên): lệnh --generate-province chỉ nạp dữ liệu vào một cơ sở dữ liệu mới, chỉ có đơn vị"
					+ " gốc. Hãy chạy với một thư mục dữ liệu mới (XDD_DATA_DIR) hoặc một cơ sở dữ liệu trống"
					+ " (XDD_DB_URL).");
		}
		if (members < 1 || members > SyntheticProvince.MAX_MEMBERS || chapters < 1 || chapters > 100_000) {
			throw new Refused("Số đảng viên phải từ 1 đến " + SyntheticProvince.MAX_MEMBERS
					+ ", số chi bộ từ 1 đến 100000 (--members=…, --chapters=…).");
		}
		OrgUnitId root = roots.get(0).id();
		SyntheticProvince province = new SyntheticProvince(seed, members, chapters, LocalDate.now(clock));
		log.info("Sinh dữ liệu tỉnh mô phỏng (seed {}): {} đảng ủy xã/phường, {} chi bộ, {} đảng viên…", seed,
				province.communes().size(), chapters, members);
		long loaded = transaction.execute(status -> {
			List<NewUnit> communeUnits = province.communes()
				.stream()
				.map(c -> new NewUnit(root, COMMUNE_TYPE, c.name(), SyntheticProvince.FOUNDED))
				.toList();
			List<Long> communeIds = bulkLoad.addUnits(communeUnits);
			List<NewUnit> chapterUnits = new ArrayList<>(chapters);
			for (int c = 0; c < communeIds.size(); c++) {
				for (String name : province.communes().get(c).chapters()) {
					chapterUnits.add(new NewUnit(new OrgUnitId(communeIds.get(c)), CHAPTER_TYPE, name,
							SyntheticProvince.FOUNDED));
				}
			}
			long[] chapterIds = bulkLoad.addUnits(chapterUnits).stream().mapToLong(Long::longValue).toArray();
			log.info("Đã tạo {} đơn vị; đang nạp đảng viên…", communeIds.size() + chapterIds.length);
			return bulkLoad.addMembers(members(province, chapterIds), n -> {
				if (n % 50_000 == 0 || n == members) {
					log.info("Đã nạp {} / {} đảng viên ({} giây)", n, members,
							Duration.ofNanos(System.nanoTime() - started).toSeconds());
				}
			});
		});
		log.info("Đang cập nhật thống kê của cơ sở dữ liệu (VACUUM ANALYZE)…");
		bulkLoad.vacuumAnalyze();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Xong: {} đảng viên trong {} chi bộ của {} đảng ủy xã/phường, {} giây.", loaded, chapters,
				province.communes().size(), took.toSeconds());
		return new Result(root.value(), province.communes().size(), chapters, loaded, took);
	}

	private static Iterator<NewMember> members(SyntheticProvince province, long[] chapterIds) {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return next < province.memberCount();
			}

			@Override
			public NewMember next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return province.member(next++, chapterIds);
			}
		};
	}
}
