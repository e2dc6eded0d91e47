package vn.xdd.reporting.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
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

	ShowDashboard(ShortcomingCounts counts, OrgUnits units, AccessScope scope) {
		this.counts = counts;
		this.units = units;
		this.scope = scope;
	}

	/** Empty only when no unit was asked for and the user works in none (an account without grants). */
	@Transactional(readOnly = true)
	public Optional<Dashboard> show(@Nullable Long unitId) {
		Optional<OrgUnitId> unit = unitId == null ? scope.activeUnit() : Optional.of(new OrgUnitId(unitId));
		return unit.map(u -> new Dashboard(counts.breakdown(u), trail(u), counts.byTag(u),
				counts.trend(u, TREND_MONTHS)));
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
