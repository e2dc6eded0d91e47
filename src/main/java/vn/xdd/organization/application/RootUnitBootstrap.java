package vn.xdd.organization.application;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitCreated;
import vn.xdd.organization.OrganizationProperties;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.OrgUnitId;

/**
 * On a first start the tree is empty: it gets its root, the committee this installation serves
 * (named by {@code XDD_ROOT_UNIT_NAME}), so that the first administrator has a scope.
 */
@Component
@Order(10)
class RootUnitBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RootUnitBootstrap.class);

	private final JdbcOrgUnits units;

	private final OrganizationProperties properties;

	private final ApplicationEventPublisher events;

	RootUnitBootstrap(JdbcOrgUnits units, OrganizationProperties properties, ApplicationEventPublisher events) {
		this.units = units;
		this.properties = properties;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!units.isEmpty()) {
			return;
		}
		long id = units.insert(null, "PROVINCIAL_COMMITTEE", properties.rootUnitName(), LocalDate.of(1930, 2, 3),
				null);
		log.info("Tạo đơn vị gốc \"{}\" (id {})", properties.rootUnitName(), id);
		events.publishEvent(new OrgUnitCreated(units.find(new OrgUnitId(id)).orElseThrow()));
	}
}
