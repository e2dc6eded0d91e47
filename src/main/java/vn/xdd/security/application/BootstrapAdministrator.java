package vn.xdd.security.application;

import java.security.SecureRandom;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.SecurityEvents.UserCreated;
import vn.xdd.security.SecurityProperties;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.Role;

/**
 * On a first start there is no account: create {@code admin}, administrator of the root unit,
 * with the password in {@code XDD_BOOTSTRAP_ADMIN_PASSWORD}; without it, generate one, print it
 * once to the log and require a change at first login.
 */
@Component
@Order(20)
class BootstrapAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserStore users;

	private final OrgUnits units;

	private final PasswordEncoder passwordEncoder;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	BootstrapAdministrator(UserStore users, OrgUnits units, PasswordEncoder passwordEncoder,
			SecurityProperties properties, ApplicationEventPublisher events) {
		this.users = users;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		OrgUnitSummary root = units.roots().stream().findFirst().orElseThrow();
		String given = properties.bootstrapAdminPassword();
		boolean generated = given.isBlank();
		String password = generated ? generate() : given;
		long id = users.insert(USERNAME, "Quản trị hệ thống", Objects.requireNonNull(passwordEncoder.encode(password)), generated, null, null);
		users.insertGrant(id, Role.ADMIN, root.id(), "system");
		events.publishEvent(new UserCreated(id, USERNAME, "Quản trị hệ thống", "ADMIN @ " + root.name()));
		if (generated) {
			log.warn("""

					==================================================================
					  Tài khoản quản trị đầu tiên / first administrator
					    Tên đăng nhập: {}
					    Mật khẩu:      {}
					  Mật khẩu chỉ in một lần; phải đổi ở lần đăng nhập đầu tiên.
					==================================================================""", USERNAME, password);
		}
		else {
			log.info("Tạo tài khoản quản trị đầu tiên \"{}\" với mật khẩu từ XDD_BOOTSTRAP_ADMIN_PASSWORD", USERNAME);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		while (out.length() < 14 || out.chars().noneMatch(Character::isDigit)) {
			if (out.length() >= 14) {
				out.setLength(0);
			}
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}
}
