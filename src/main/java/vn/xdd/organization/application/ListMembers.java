package vn.xdd.organization.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.organization.persistence.MemberFilter;
import vn.xdd.shared.OrgUnitId;

/**
 * The member list of a unit and its subtree, in official order (given name first), a page at a
 * time by key: the page after a cursor costs the same wherever it lies in the list.
 */
@Component
public class ListMembers {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * One page of the list.
	 *
	 * @param next the cursor of the following page, null on the last page
	 * @param total how many members the whole filter matches
	 */
	public record Result(OrgUnitId unit, String unitName, List<MemberRow> rows, @Nullable String next, long total) {
	}

	/**
	 * What the filter form offers for a unit.
	 *
	 * @param units the units the user may list (the unit filter)
	 * @param titles the titles currently held in the unit's subtree (the position filter)
	 * @param ethnicities the ethnicities recorded there; empty for a user who may not see them
	 * @param sensitiveVisible whether the user may see and filter by ethnicity in this unit
	 * @param canRegister whether the user may add members somewhere
	 */
	public record Options(List<OrgUnitSummary> units, List<String> titles, List<String> ethnicities,
			boolean sensitiveVisible, boolean canRegister) {
	}

	private final MemberListQuery query;

	private final JdbcMembers members;

	private final JdbcOrgUnits units;

	private final JdbcOrgHistory history;

	private final MemberAccess access;

	public ListMembers(MemberListQuery query, JdbcMembers members, JdbcOrgUnits units, JdbcOrgHistory history,
			MemberAccess access) {
		this.query = query;
		this.members = members;
		this.units = units;
		this.history = history;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public Result list(MemberListQuery.Params params, @Nullable String cursor, int size) {
		OrgUnitId unit = query.unit(params);
		MemberFilter filter = query.filter(params, unit);
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		JdbcMembers.Page page = members.page(filter, cursor == null || cursor.isBlank() ? null : cursor, pageSize);
		String unitName = units.find(unit).map(OrgUnitSummary::name).orElse("");
		return new Result(unit, unitName, page.rows(), page.next(), members.count(filter));
	}

	/** The choices of the filter form for the list of {@code unit} (already checked by {@link #list}). */
	@Transactional(readOnly = true)
	public Options options(OrgUnitId unit) {
		List<Long> reachable = history.reachable(java.util.Set.of(unit));
		boolean sensitive = access.canReadSensitive(unit);
		return new Options(units.subtrees(access.readableRoots()), members.currentTitles(reachable),
				sensitive ? members.ethnicities(reachable) : List.of(), sensitive, !access.editableRoots().isEmpty());
	}
}
