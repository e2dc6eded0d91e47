package vn.xdd.organization.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.organization.domain.OrgEvent;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.shared.OrgUnitId;

/**
 * The history of the tree: each unit's attributes per period ({@code org_unit_version}), the
 * restructuring events ({@code org_event}) and who succeeded whom ({@code org_unit_succession}).
 */
@Repository
public class JdbcOrgHistory {

	private final JdbcClient jdbc;

	public JdbcOrgHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long recordEvent(String kind, LocalDate effectiveDate, @Nullable String decisionRef, @Nullable String note,
			String summary, String actor) {
		return jdbc.sql("""
				insert into org_event (kind, effective_date, decision_ref, note, summary, recorded_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(Arrays.asList(kind, effectiveDate, blankToNull(decisionRef), blankToNull(note), summary, actor))
			.query(Long.class)
			.single();
	}

	public void link(long eventId, long unitId, String role) {
		jdbc.sql("insert into org_event_unit (event_id, unit_id, role) values (?, ?, ?) on conflict do nothing")
			.params(eventId, unitId, role)
			.update();
	}

	public void addSuccession(long predecessor, long successor, long eventId) {
		jdbc.sql("""
				insert into org_unit_succession (predecessor_id, successor_id, event_id) values (?, ?, ?)
				on conflict do nothing""").params(predecessor, successor, eventId).update();
	}

	public OrgUnitVersion latest(long unitId) {
		return jdbc.sql("select * from org_unit_version where unit_id = ? order by valid_from desc limit 1")
			.param(unitId)
			.query(JdbcOrgHistory::mapVersion)
			.single();
	}

	public Optional<OrgUnitVersion> at(long unitId, LocalDate day) {
		return jdbc.sql("""
				select * from org_unit_version where unit_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(unitId, day, day)
			.query(JdbcOrgHistory::mapVersion)
			.optional();
	}

	public List<OrgUnitVersion> versions(long unitId) {
		return jdbc.sql("select * from org_unit_version where unit_id = ? order by valid_from")
			.param(unitId)
			.query(JdbcOrgHistory::mapVersion)
			.list();
	}

	/**
	 * Gives the unit new attributes from {@code from}: the latest period ends the day before (or
	 * is replaced when it starts that same day), and the unit's current attributes follow.
	 * The caller has checked that {@code from} lies in the latest period.
	 */
	public void changeFrom(OrgUnitVersion latest, LocalDate from, OrgUnitVersion changed, long eventId) {
		if (latest.validFrom().equals(from)) {
			jdbc.sql("""
					update org_unit_version set parent_id = ?, type_code = ?, name = ?, short_name = ?,
					    doc_abbreviation = ?, event_id = ?
					where id = ?""")
				.params(Arrays.asList(changed.parentId(), changed.typeCode(), changed.name(), changed.shortName(),
						changed.docAbbreviation(), eventId, latest.id()))
				.update();
		}
		else {
			jdbc.sql("update org_unit_version set valid_to = ? where id = ?").params(from.minusDays(1), latest.id()).update();
			jdbc.sql("""
					insert into org_unit_version (unit_id, valid_from, valid_to, parent_id, type_code, name, short_name,
					                              doc_abbreviation, event_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Arrays.asList(latest.unitId(), from, latest.validTo(), changed.parentId(), changed.typeCode(), changed.name(),
						changed.shortName(), changed.docAbbreviation(), eventId))
				.update();
		}
		jdbc.sql("""
				update org_unit set parent_id = ?, type_code = ?, name = ?, short_name = ?, doc_abbreviation = ?,
				    search_key = vn_search_key(?)
				where id = ?""")
			.params(Arrays.asList(changed.parentId(), changed.typeCode(), changed.name(), changed.shortName(),
					changed.docAbbreviation(), changed.name(), latest.unitId()))
			.update();
	}

	/** Sets the short name and document abbreviation of a unit just created by an event. */
	public void attributes(long unitId, @Nullable String shortName, @Nullable String docAbbreviation, long eventId) {
		jdbc.sql("update org_unit set short_name = ?, doc_abbreviation = ? where id = ?")
			.params(Arrays.asList(shortName, docAbbreviation, unitId))
			.update();
		jdbc.sql("update org_unit_version set short_name = ?, doc_abbreviation = ?, event_id = ? where unit_id = ?")
			.params(Arrays.asList(shortName, docAbbreviation, eventId, unitId))
			.update();
	}

	/** Ends the unit on {@code lastDay}: its latest period and its lifetime. */
	public void end(long unitId, LocalDate lastDay) {
		OrgUnitVersion latest = latest(unitId);
		jdbc.sql("update org_unit_version set valid_to = ? where id = ?").params(lastDay, latest.id()).update();
		jdbc.sql("update org_unit set valid_to = ? where id = ?").params(lastDay, unitId).update();
	}

	/** Units whose period on {@code day} has {@code parent} as parent. */
	public List<Long> childrenOn(long parent, LocalDate day) {
		return jdbc.sql("""
				select unit_id from org_unit_version
				where parent_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) order by unit_id""")
			.params(parent, day, day)
			.query(Long.class)
			.list();
	}

	/** Members whose membership in {@code unit} covers {@code day}. */
	public List<Long> membersOn(long unit, LocalDate day) {
		return jdbc.sql("""
				select member_id from member_membership
				where unit_id = ? and from_date <= ? and (to_date is null or to_date >= ?) order by member_id""")
			.params(unit, day, day)
			.query(Long.class)
			.list();
	}

	/** Memberships that start after {@code day} in {@code unit} (they would be cut by a change on that day). */
	public long membershipsStartingAfter(long unit, LocalDate day) {
		return jdbc.sql("select count(*) from member_membership where unit_id = ? and from_date > ?")
			.params(unit, day)
			.query(Long.class)
			.single();
	}

	/** Open positions held in {@code unit}. */
	public List<Long> openPositions(long unit) {
		return jdbc.sql("select id from member_position where unit_id = ? and to_date is null")
			.param(unit)
			.query(Long.class)
			.list();
	}

	/** Moves an open position to {@code toUnit} from {@code from}: it ends the day before and reopens there. */
	public void movePosition(long positionId, long toUnit, LocalDate from, long eventId) {
		jdbc.sql("""
				insert into member_position (member_id, unit_id, title, kind, from_date, decision_ref, event_id)
				select member_id, ?, title, kind, greatest(?, from_date), decision_ref, ? from member_position where id = ?""")
			.params(toUnit, from, eventId, positionId)
			.update();
		jdbc.sql("update member_position set to_date = greatest(from_date, ?::date - 1) where id = ?")
			.params(from, positionId)
			.update();
	}

	/** Ends an open position the day before {@code from} (its unit ends). */
	public void endPositionBefore(long positionId, LocalDate from) {
		jdbc.sql("update member_position set to_date = greatest(from_date, ?::date - 1) where id = ?")
			.params(from, positionId)
			.update();
	}

	public boolean typeAllowedUnder(String typeCode, @Nullable String parentTypeCode) {
		if (parentTypeCode == null) {
			return jdbc.sql("select root_allowed from org_unit_type where code = ?")
				.param(typeCode)
				.query(Boolean.class)
				.optional()
				.orElse(false);
		}
		return jdbc.sql("select count(*) from org_unit_type_parent where type_code = ? and parent_type_code = ?")
			.params(typeCode, parentTypeCode)
			.query(Long.class)
			.single() > 0;
	}

	/** The types a unit of {@code parentTypeCode} may have as children, in catalogue order. */
	public List<String> childTypes(String parentTypeCode) {
		return jdbc.sql("""
				select p.type_code from org_unit_type_parent p join org_unit_type t on t.code = p.type_code
				where p.parent_type_code = ? order by t.sort_order""")
			.param(parentTypeCode)
			.query(String.class)
			.list();
	}

	/**
	 * Every unit a scope rooted at {@code roots} reaches: the roots, everything under them, and
	 * the predecessors of what it reaches (with what was under them), so records entered under a
	 * unit before a merge or split stay reachable from its successors.
	 */
	public List<Long> reachable(Collection<OrgUnitId> roots) {
		if (roots.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				with recursive edge(a, b) as (
				    select parent_id, id from org_unit where parent_id is not null
				    union all
				    select successor_id, predecessor_id from org_unit_succession
				), r(id) as (
				    select unnest(cast(:roots as bigint[]))
				    union
				    select e.b from edge e join r on e.a = r.id
				)
				select id from r""")
			.param("roots", roots.stream().map(OrgUnitId::value).toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The periods of the given units that cover {@code day}. */
	public List<OrgUnitVersion> versionsOn(Collection<Long> unitIds, LocalDate day) {
		return jdbc.sql("""
				select * from org_unit_version
				where unit_id = any(:ids) and valid_from <= :day and (valid_to is null or valid_to >= :day)""")
			.param("ids", unitIds.toArray(Long[]::new))
			.param("day", day)
			.query(JdbcOrgHistory::mapVersion)
			.list();
	}

	/** How many members belonged to each of the given units on {@code day}. */
	public Map<Long, Long> memberCountsOn(Collection<Long> unitIds, LocalDate day) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("""
				select unit_id, count(*) from member_membership
				where unit_id = any(:ids) and from_date <= :day and (to_date is null or to_date >= :day)
				group by unit_id""")
			.param("ids", unitIds.toArray(Long[]::new))
			.param("day", day)
			.query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The events that concern a unit, newest first. */
	public List<OrgEvent> eventsOf(long unitId) {
		return jdbc.sql("""
				select e.* from org_event e where exists (select 1 from org_event_unit eu
				                                          where eu.event_id = e.id and eu.unit_id = ?)
				order by e.effective_date desc, e.id desc""")
			.param(unitId)
			.query((rs, i) -> new OrgEvent(rs.getLong("id"), rs.getString("kind"), rs.getDate("effective_date").toLocalDate(),
					rs.getString("decision_ref"), rs.getString("note"), rs.getString("summary"),
					rs.getString("recorded_by")))
			.list();
	}

	/** Units that took over from {@code unitId}, and units it took over from. */
	public List<Long> successorsOf(long unitId) {
		return jdbc.sql("select successor_id from org_unit_succession where predecessor_id = ? order by 1")
			.param(unitId)
			.query(Long.class)
			.list();
	}

	public List<Long> predecessorsOf(long unitId) {
		return jdbc.sql("select predecessor_id from org_unit_succession where successor_id = ? order by 1")
			.param(unitId)
			.query(Long.class)
			.list();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static OrgUnitVersion mapVersion(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		Date to = rs.getDate("valid_to");
		return new OrgUnitVersion(rs.getLong("id"), rs.getLong("unit_id"), rs.getDate("valid_from").toLocalDate(),
				to == null ? null : to.toLocalDate(), parentId, rs.getString("type_code"), rs.getString("name"),
				rs.getString("short_name"), rs.getString("doc_abbreviation"));
	}
}
