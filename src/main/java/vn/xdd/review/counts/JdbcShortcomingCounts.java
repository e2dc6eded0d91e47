package vn.xdd.review.counts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.MonthTally;
import vn.xdd.review.ShortcomingCounts;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.TagTally;
import vn.xdd.review.UnitBreakdown;
import vn.xdd.review.UnitTally;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/**
 * Counts items by their holding unit in one grouped query and adds the groups up along the tree:
 * items of a unit merged away were moved to its successor, so a unit's subtree today holds all of
 * its items.
 */
@Component
@Transactional(readOnly = true)
class JdbcShortcomingCounts implements ShortcomingCounts {

	/** The columns of a tally; remedied is VERIFIED or CLOSED (ShortcomingStatus.remedied). */
	private static final String TALLY = """
			count(*) as total,
			count(*) filter (where s.status = 'OPEN') as open,
			count(*) filter (where s.status = 'IN_PROGRESS') as in_progress,
			count(*) filter (where s.status = 'REPORTED') as reported,
			count(*) filter (where s.status in ('VERIFIED', 'CLOSED')) as verified,
			count(*) filter (where s.status = 'RETURNED') as returned,
			count(*) filter (where s.deadline < :today and s.status not in ('VERIFIED', 'CLOSED')) as overdue""";

	private final JdbcClient jdbc;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Clock clock;

	JdbcShortcomingCounts(JdbcClient jdbc, OrgUnits units, AccessScope scope, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	@Override
	public UnitBreakdown breakdown(OrgUnitId unit) {
		return breakdown(unit, Recorded.ANY);
	}

	@Override
	public UnitBreakdown breakdown(OrgUnitId unit, LocalDate from, LocalDate to) {
		return breakdown(unit, recorded(from, to));
	}

	@Override
	public List<TagTally> byTag(OrgUnitId unit) {
		return byTag(unit, Recorded.ANY);
	}

	@Override
	public List<TagTally> byTag(OrgUnitId unit, LocalDate from, LocalDate to) {
		return byTag(unit, recorded(from, to));
	}

	private UnitBreakdown breakdown(OrgUnitId unit, Recorded recorded) {
		List<OrgUnitSummary> subtree = subtreeInScope(unit);
		// Each unit of the subtree counts towards the direct subordinate it lies under (or the unit itself).
		Map<OrgUnitId, OrgUnitId> rowOf = new HashMap<>();
		for (OrgUnitSummary u : subtree) {
			OrgUnitId parent = u.parentId();
			rowOf.put(u.id(), u.id().equals(unit) ? unit : parent != null && parent.equals(unit) ? u.id() : rowOf.get(parent));
		}
		Map<OrgUnitId, ShortcomingTally> byHolder = tallyByHolder(rowOf.keySet(), recorded);
		Map<OrgUnitId, ShortcomingTally> byRow = new HashMap<>();
		byHolder.forEach((holder, tally) -> byRow.merge(rowOf.get(holder), tally, ShortcomingTally::plus));

		LocalDate today = LocalDate.now(clock);
		List<UnitTally> children = new ArrayList<>();
		for (OrgUnitSummary child : units.children(unit)) {
			ShortcomingTally tally = byRow.getOrDefault(child.id(), ShortcomingTally.NONE);
			// A unit that no longer exists keeps its row only while it still holds items.
			if (child.activeOn(today) || tally.total() > 0) {
				children.add(new UnitTally(child.id(), child.name(), true, tally));
			}
		}
		ShortcomingTally total = byRow.values().stream().reduce(ShortcomingTally.NONE, ShortcomingTally::plus);
		String name = subtree.get(0).name();
		return new UnitBreakdown(unit, name,
				new UnitTally(unit, name, false, byRow.getOrDefault(unit, ShortcomingTally.NONE)), children, total);
	}

	private List<TagTally> byTag(OrgUnitId unit, Recorded recorded) {
		Long[] holders = ids(subtreeInScope(unit).stream().map(OrgUnitSummary::id).toList());
		return jdbc.sql("""
				select t.code, t.taxonomy_code, t.label, %s
				from shortcoming s
				join shortcoming_tag_link l on l.shortcoming_id = s.id
				join shortcoming_tag t on t.code = l.tag_code
				where s.holder_unit_id = any(:holders)
				  and s.recorded_at >= :recordedFrom and s.recorded_at < :recordedUntil
				group by t.code, t.taxonomy_code, t.label
				order by count(*) desc, t.code""".formatted(TALLY))
			.param("today", LocalDate.now(clock))
			.param("holders", holders)
			.param("recordedFrom", recorded.from())
			.param("recordedUntil", recorded.until())
			.query((rs, n) -> new TagTally(rs.getString("code"), rs.getString("taxonomy_code"), rs.getString("label"),
					tally(rs)))
			.list();
	}

	@Override
	public ShortcomingTally ofItems(Collection<ShortcomingId> ids) {
		if (ids.isEmpty()) {
			return ShortcomingTally.NONE;
		}
		Map<OrgUnitId, ShortcomingTally> byHolder = new LinkedHashMap<>();
		jdbc.sql("""
				select s.holder_unit_id, %s
				from shortcoming s
				where s.id = any(:ids)
				group by s.holder_unit_id""".formatted(TALLY))
			.param("today", LocalDate.now(clock))
			.param("ids", ids.stream().map(ShortcomingId::value).distinct().toArray(Long[]::new))
			.query(rs -> {
				byHolder.put(new OrgUnitId(rs.getLong("holder_unit_id")), tally(rs));
			});
		return byHolder.entrySet()
			.stream()
			.filter(e -> scope.reaches(e.getKey()))
			.map(Map.Entry::getValue)
			.reduce(ShortcomingTally.NONE, ShortcomingTally::plus);
	}

	@Override
	public List<MonthTally> trend(OrgUnitId unit, int months) {
		if (months < 1) {
			throw new IllegalArgumentException("months must be at least 1");
		}
		Long[] holders = ids(subtreeInScope(unit).stream().map(OrgUnitSummary::id).toList());
		YearMonth last = YearMonth.now(clock);
		YearMonth first = last.minusMonths(months - 1L);
		ZoneId zone = clock.getZone();
		// Month boundaries are local midnights of the application's zone, turned into instants.
		return jdbc.sql("""
				with month as (
				    select m::date as first_day,
				           m at time zone :zone as start_at,
				           (m + interval '1 month') at time zone :zone as end_at
				    from generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 month') m
				), item as (
				    select s.recorded_at, coalesce(s.verified_at, s.closed_at) as verified_at
				    from shortcoming s
				    where s.holder_unit_id = any(:holders)
				)
				select mo.first_day,
				       (select count(*) from item i where i.recorded_at >= mo.start_at and i.recorded_at < mo.end_at) as recorded,
				       (select count(*) from item i where i.verified_at >= mo.start_at and i.verified_at < mo.end_at) as verified,
				       (select count(*) from item i where i.recorded_at < mo.end_at
				            and (i.verified_at is null or i.verified_at >= mo.end_at)) as open_at_end
				from month mo
				order by mo.first_day""")
			.param("zone", zone.getId())
			.param("first", first.atDay(1).atStartOfDay())
			.param("last", last.atDay(1).atStartOfDay())
			.param("holders", holders)
			.query((rs, n) -> new MonthTally(YearMonth.from(rs.getObject("first_day", LocalDate.class)),
					rs.getLong("recorded"), rs.getLong("verified"), rs.getLong("open_at_end")))
			.list();
	}

	/**
	 * The unit and all units below it, after checking that the user's scope reaches it and that she
	 * reads the unit's register (the figures are reckoned from other members' items: ADR 0014).
	 */
	private List<OrgUnitSummary> subtreeInScope(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		Visibility.require(Visibility.COLLECTIVE, Sight.ofUnit(Reader.of(scope), unit), "ORG_UNIT", unit.value());
		List<OrgUnitSummary> subtree = units.subtrees(Set.of(unit));
		if (subtree.isEmpty()) {
			throw new NotFoundException("ORG_UNIT", unit.toString());
		}
		return subtree;
	}

	private Map<OrgUnitId, ShortcomingTally> tallyByHolder(Collection<OrgUnitId> holders, Recorded recorded) {
		Map<OrgUnitId, ShortcomingTally> result = new HashMap<>();
		jdbc.sql("""
				select s.holder_unit_id, %s
				from shortcoming s
				where s.holder_unit_id = any(:holders)
				  and s.recorded_at >= :recordedFrom and s.recorded_at < :recordedUntil
				group by s.holder_unit_id""".formatted(TALLY))
			.param("today", LocalDate.now(clock))
			.param("holders", ids(holders))
			.param("recordedFrom", recorded.from())
			.param("recordedUntil", recorded.until())
			.query(rs -> {
				result.put(new OrgUnitId(rs.getLong("holder_unit_id")), tally(rs));
			});
		return result;
	}

	/** The items' recording time from local midnight of the first day to local midnight after the last. */
	private Recorded recorded(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		ZoneId zone = clock.getZone();
		return new Recorded(from.atStartOfDay(zone).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
	}

	/** A half-open range of recording times; ANY spans every item. */
	private record Recorded(OffsetDateTime from, OffsetDateTime until) {

		static final Recorded ANY = new Recorded(OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
				OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
	}

	private static ShortcomingTally tally(ResultSet rs) throws SQLException {
		return new ShortcomingTally(rs.getLong("total"), rs.getLong("open"), rs.getLong("in_progress"),
				rs.getLong("reported"), rs.getLong("verified"), rs.getLong("returned"), rs.getLong("overdue"));
	}

	private static Long[] ids(Collection<OrgUnitId> ids) {
		return ids.stream().map(OrgUnitId::value).toArray(Long[]::new);
	}
}
