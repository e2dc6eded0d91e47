package vn.xdd.review.register.application;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.OrgUnitsMerged;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.OrgUnitId;

/**
 * Items keep their history through a merge: when a unit ends by merging into another, its
 * unresolved items move to the unit that took it over, each with a line in its history; its
 * verified items stay with it and remain reachable from the successor (the organisation's
 * succession). After a split, the items stay with the split unit, reachable from every part,
 * because only the parts' committees can say which part inherits which shortcoming.
 */
@Service
public class CarryThroughMerge {

	private final OrgUnits units;

	private final JdbcShortcomings store;

	public CarryThroughMerge(OrgUnits units, JdbcShortcomings store) {
		this.units = units;
		this.store = store;
	}

	@ApplicationModuleListener
	public void on(OrgUnitsMerged event) {
		for (OrgUnitId unit : event.sources()) {
			boolean ended = units.find(unit).map(OrgUnitSummary::validTo).isPresent();
			List<OrgUnitId> successors = units.successors(unit);
			if (!ended || !successors.equals(List.of(event.target()))) {
				continue;
			}
			long target = event.target().value();
			for (Long moved : store.moveUnresolved(unit.value(), target)) {
				store.recordEvent(moved, "HOLDER_MOVED", null, null, event.summary(), null, unit.value(), target,
						"system");
			}
		}
	}
}
