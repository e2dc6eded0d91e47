package vn.xdd.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.security.SystemTasks;
import vn.xdd.security.application.ManageUsers;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Seeds the demonstration province through the same use cases a person would use (so the audit
 * trail shows it), in one transaction: all of it or nothing.
 */
@Component
@Order(30)
class DemoData implements ApplicationRunner {

	/** The password of every demonstration account; the README lists the accounts. */
	static final String DEMO_PASSWORD = "Demo2026";

	static final LocalDate DISTRICT_END = LocalDate.of(2025, 6, 30);

	static final LocalDate COMMUNE_START = LocalDate.of(2025, 7, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrgUnits units;

	private final CreateOrgUnit createOrgUnit;

	private final ManageUsers manageUsers;

	private final SystemTasks systemTasks;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoData(OrgUnits units, CreateOrgUnit createOrgUnit, ManageUsers manageUsers, SystemTasks systemTasks,
			TransactionTemplate transaction, Environment environment) {
		this.units = units;
		this.createOrgUnit = createOrgUnit;
		this.manageUsers = manageUsers;
		this.systemTasks = systemTasks;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = args.containsOption("demo") || environment.getProperty("xdd.demo", Boolean.class, false);
		if (!wanted) {
			return;
		}
		List<OrgUnitSummary> roots = units.roots();
		if (roots.size() != 1 || units.countSubtrees(List.of(roots.get(0).id())) > 1) {
			log.info("Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu.");
			return;
		}
		systemTasks.runAsAdministrator(() -> transaction.executeWithoutResult(status -> seed(roots.get(0).id())));
		log.info("Đã nạp dữ liệu mẫu: đăng nhập bằng các tài khoản demo.* (mật khẩu {}), xem README.", DEMO_PASSWORD);
	}

	private void seed(OrgUnitId root) {
		LocalDate founded = LocalDate.of(1945, 9, 2);
		unit(root, "ADVISORY_BOARD", "Ban Tổ chức Tỉnh ủy", founded, null);
		unit(root, "ADVISORY_BOARD", "Ủy ban Kiểm tra Tỉnh ủy", founded, null);
		unit(root, "ADVISORY_BOARD", "Ban Tuyên giáo và Dân vận Tỉnh ủy", COMMUNE_START, null);
		unit(root, "ADVISORY_BOARD", "Văn phòng Tỉnh ủy", founded, null);

		// Until 30/6/2025: a district committee with its grassroots organisations.
		OrgUnitId district = unit(root, "DISTRICT_COMMITTEE", "Huyện ủy Hữu Lũng", founded, DISTRICT_END);
		for (String commune : List.of("Hòa Lạc", "Minh Sơn", "Đồng Tân")) {
			OrgUnitId old = unit(district, "GRASSROOTS_COMMITTEE", "Đảng bộ xã " + commune, founded, DISTRICT_END);
			for (String village : villages(commune)) {
				unit(old, "SUB_CHAPTER", "Chi bộ thôn " + village, founded, DISTRICT_END);
			}
		}
		unit(district, "GRASSROOTS_CHAPTER", "Chi bộ Trường THPT Hữu Lũng", founded, DISTRICT_END);

		// From 1/7/2025: commune committees directly under the province.
		List<OrgUnitId> chapters = new ArrayList<>();
		for (String commune : List.of("Hữu Lũng", "Tân Thành", "Vân Nham")) {
			OrgUnitId committee = unit(root, "COMMUNE_COMMITTEE", "Đảng ủy xã " + commune, COMMUNE_START, null);
			for (String village : villages(commune)) {
				chapters.add(unit(committee, "SUB_CHAPTER", "Chi bộ thôn " + village, COMMUNE_START, null));
			}
			unit(committee, "AGENCY", "Ủy ban Mặt trận Tổ quốc xã " + commune, COMMUNE_START, null);
		}
		OrgUnitId ward = unit(root, "COMMUNE_COMMITTEE", "Đảng ủy phường Lương Văn Tri", COMMUNE_START, null);
		for (String block : List.of("Khối 1", "Khối 2", "Khối 3")) {
			unit(ward, "SUB_CHAPTER", "Chi bộ " + block, COMMUNE_START, null);
		}

		account("demo.admin", "Hoàng Minh Tuấn", Role.ADMIN, root);
		account("demo.thuongtruc", "Lương Thị Hà", Role.LEADERSHIP, root);
		account("demo.bantochuc", "Nguyễn Văn Đức", Role.ORGANIZATION_BOARD, root);
		account("demo.ubkt", "Vi Văn Thắng", Role.INSPECTION, root);
		account("demo.tuyengiao", "Đinh Thị Lan", Role.PROPAGANDA, root);
		account("demo.vanphong", "Trần Thị Thu Trang", Role.OFFICE, root);
		account("demo.bithu", "Hoàng Văn Sơn", Role.SECRETARY, chapters.get(0));
		account("demo.dangvien", "Lăng Thị Mai", Role.MEMBER, chapters.get(0));
	}

	private static List<String> villages(String commune) {
		return switch (commune) {
			case "Hòa Lạc" -> List.of("Đồng Tiến", "Làng Bên", "Nà Lầu");
			case "Minh Sơn" -> List.of("Khuôn Vạc", "Đồng Bé");
			case "Đồng Tân" -> List.of("Đồng Mỏ", "Lân Bông");
			case "Hữu Lũng" -> List.of("Đồng Tiến", "Làng Bên", "Khuôn Vạc", "Phố Mới");
			case "Tân Thành" -> List.of("Tân Lập", "Đồng Lường", "Cây Hồng");
			default -> List.of("Vân Nham", "Lũng Cùng", "Bình Minh");
		};
	}

	private OrgUnitId unit(OrgUnitId parent, String type, String name, LocalDate from, @Nullable LocalDate to) {
		return createOrgUnit.create(new CreateOrgUnit.Command(parent, type, name, from, to)).id();
	}

	private void account(String username, String fullName, Role role, OrgUnitId unit) {
		manageUsers.create(new ManageUsers.NewUser(username, fullName, DEMO_PASSWORD, role, unit, null, false));
	}
}
