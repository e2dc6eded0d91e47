package vn.xdd.reporting.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.remediation.Plans;
import vn.xdd.review.ShortcomingCounts;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/**
 * Gathers the figures of the shortcomings register for a unit: by subordinate unit, by tag and
 * over the last twelve months. The unit defaults to the one the user works in.
 */
@Component
public class ShowDashboard {

	/** The months of the trend: a year, so that the same month of last year's review is in sight. */
	static final int TREND_MONTHS = 12;

	private final ShortcomingCounts counts;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Plans plans;

	ShowDashboard(ShortcomingCounts counts, OrgUnits units, AccessScope scope, Plans plans) {
		this.counts = counts;
		this.units = units;
		this.scope = scope;
		this.plans = plans;
	}

	/** Empty only when no unit was asked for and the user works in none (an account without grants). */
	@Transactional(readOnly = true)
	public Optional<Dashboard> show(@Nullable Long unitId) {
		Optional<OrgUnitId> unit = unitId == null ? scope.activeUnit() : Optional.of(new OrgUnitId(unitId));
		return unit.map(u -> new Dashboard(counts.breakdown(u), trail(u), counts.byTag(u),
				counts.trend(u, TREND_MONTHS), plans(u)));
	}

	/**
	 * The plans issued within the unit's subtree, with the figures of the items they address. A
	 * superior's plan disseminated to the unit is left out: it addresses the superior's own items,
	 * whose figures belong on the superior's dashboard.
	 */
	private List<PlanFigures> plans(OrgUnitId unit) {
		Set<OrgUnitId> subtree = units.subtrees(List.of(unit))
			.stream()
			.map(OrgUnitSummary::id)
			.collect(Collectors.toSet());
		return plans.visible()
			.stream()
			.filter(p -> subtree.contains(p.issuingUnit()))
			.map(p -> new PlanFigures(p, counts.ofItems(plans.linkedShortcomings(p.id()))))
			.toList();
	}

	private List<OrgUnitSummary> trail(OrgUnitId unit) {
		List<OrgUnitSummary> trail = new ArrayList<>();
		for (OrgUnitId id : units.ancestorsAndSelf(unit)) {
			if (!scope.reaches(id)) {
				break;
			}
			units.find(id).ifPresent(trail::add);
		}
		Collections.reverse(trail);
		return trail;
	}
}
