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
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.OrgUnitId;

/**
 * On a first start the tree is empty: it gets its root, the committee this installation serves
 * (named by {@code XDD_ROOT_UNIT_NAME}), so that the first administrator has a scope.
 */
@Component
@Order(10)
class RootUnitBootstrap implements ApplicationRunner {

	static final LocalDate PARTY_FOUNDED = LocalDate.of(1930, 2, 3);

	private static final Logger log = LoggerFactory.getLogger(RootUnitBootstrap.class);

	private final JdbcOrgUnits units;

	private final JdbcOrgHistory history;

	private final OrganizationProperties properties;

	private final ApplicationEventPublisher events;

	RootUnitBootstrap(JdbcOrgUnits units, JdbcOrgHistory history, OrganizationProperties properties,
			ApplicationEventPublisher events) {
		this.units = units;
		this.history = history;
		this.properties = properties;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!units.isEmpty()) {
			return;
		}
		String name = properties.rootUnitName();
		long id = units.insert(null, "PROVINCIAL_COMMITTEE", name, PARTY_FOUNDED, null);
		String summary = "Tạo đơn vị gốc \"" + name + "\"";
		long event = history.recordEvent("CREATE", PARTY_FOUNDED, null, null, summary, "system");
		history.link(event, id, "CREATED");
		history.attributes(id, null, null, event);
		log.info("Tạo đơn vị gốc \"{}\" (id {})", name, id);
		events.publishEvent(new OrgUnitCreated(event, new OrgUnitId(id), name, null, null, PARTY_FOUNDED));
	}
}
