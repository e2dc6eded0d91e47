package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.MemberFilter;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * Turns the member list's parameters (the same for the page, the export and the API) into a
 * {@link MemberFilter} limited to the user's scope: a unit with its subtree (and the units it took
 * over from), statuses, sex, ethnicity, age band, position, political theory and a search text.
 */
@Component
public class MemberListQuery {

	/** Age bands of the member list filter; labels: messages {@code ageBand.<NAME>}. */
	public enum AgeBand {
		UNDER_30(0, 29), FROM_30_TO_39(30, 39), FROM_40_TO_49(40, 49), FROM_50_TO_59(50, 59), FROM_60(60, 200);

		final int min;

		final int max;

		AgeBand(int min, int max) {
			this.min = min;
			this.max = max;
		}

		public String messageKey() {
			return "ageBand." + name();
		}
	}

	/**
	 * The parameters as a request gives them; every one may be absent.
	 *
	 * @param unit the unit whose subtree is listed; absent: the user's active unit
	 * @param status statuses to list; absent: those still in a chapter
	 */
	public record Params(@Nullable Long unit, @Nullable String q, @Nullable List<MemberStatus> status,
			@Nullable Sex sex, @Nullable String ethnicity, @Nullable AgeBand age, @Nullable String position,
			@Nullable PoliticalTheory theory) {
	}

	private final AccessScope scope;

	private final MemberAccess access;

	private final JdbcOrgHistory history;

	private final Clock clock;

	public MemberListQuery(AccessScope scope, MemberAccess access, JdbcOrgHistory history, Clock clock) {
		this.scope = scope;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The unit the list is about: the one asked for (checked against the scope) or the active one;
	 * when the user may not read members there (a member's own grant), the first unit where they may.
	 */
	public OrgUnitId unit(Params params) {
		OrgUnitId unit = params.unit() != null ? new OrgUnitId(params.unit()) : defaultUnit();
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!access.canRead(unit)) {
			throw new org.springframework.security.access.AccessDeniedException("member list");
		}
		return unit;
	}

	private OrgUnitId defaultUnit() {
		OrgUnitId active = scope.activeUnit().orElseThrow(() -> new PermissionDeniedException("member.error.noScope"));
		if (access.canRead(active)) {
			return active;
		}
		return access.readableRoots().stream().findFirst().orElse(active);
	}

	public MemberFilter filter(Params params) {
		return filter(params, unit(params));
	}

	/** The filter for a unit already resolved by {@link #unit(Params)}. */
	public MemberFilter filter(Params params, OrgUnitId unit) {
		List<Long> units = history.reachable(Set.of(unit));
		Set<MemberStatus> statuses = params.status() == null || params.status().isEmpty()
				? EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.FULL, MemberStatus.EXEMPTED, MemberStatus.SUSPENDED)
				: EnumSet.copyOf(params.status());
		LocalDate today = LocalDate.now(clock);
		LocalDate bornFrom = params.age() == null ? null : today.minusYears(params.age().max + 1L).plusDays(1);
		LocalDate bornTo = params.age() == null ? null : today.minusYears(params.age().min);
		// Ethnicity is sensitive: only the roles that may see it may filter on it.
		String ethnicity = params.ethnicity() != null && access.canReadSensitive(unit) ? params.ethnicity() : null;
		return new MemberFilter(units, params.q(), statuses, params.sex(), ethnicity, bornFrom, bornTo,
				params.position(), params.theory());
	}
}
