package vn.xdd.organization.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.OrgUnitId;

/** The organisation tree in PostgreSQL: recursive queries over {@code org_unit.parent_id}. */
@Repository
public class JdbcOrgUnits implements OrgUnits {

	private static final String COLUMNS = "u.id, u.parent_id, u.type_code, u.name, u.valid_from, u.valid_to";

	private final JdbcClient jdbc;

	public JdbcOrgUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrgUnitSummary> find(OrgUnitId id) {
		return jdbc.sql("select " + COLUMNS + ", 0 as depth from org_unit u where u.id = ?")
			.param(id.value())
			.query(JdbcOrgUnits::map)
			.optional();
	}

	@Override
	public Optional<String> documentAbbreviation(OrgUnitId id) {
		return jdbc.sql("select doc_abbreviation from org_unit where id = ? and doc_abbreviation is not null")
			.param(id.value())
			.query(String.class)
			.optional();
	}

	@Override
	public List<OrgUnitId> ancestorsAndSelf(OrgUnitId id) {
		return jdbc.sql("""
				with recursive up(id, parent_id, n) as (
				    select id, parent_id, 0 from org_unit where id = ?
				    union all
				    select o.id, o.parent_id, up.n + 1 from org_unit o join up on o.id = up.parent_id
				)
				select id from up order by n""").param(id.value()).query((rs, i) -> new OrgUnitId(rs.getLong(1))).list();
	}

	@Override
	public List<OrgUnitId> scopeChain(OrgUnitId id) {
		return jdbc.sql("""
				with recursive up(id) as (
				    select id from org_unit where id = ?
				    union
				    select n.x from up cross join lateral (
				        select o.parent_id as x from org_unit o where o.id = up.id and o.parent_id is not null
				        union all
				        select s.successor_id from org_unit_succession s where s.predecessor_id = up.id
				    ) n
				)
				select id from up""").param(id.value()).query((rs, i) -> new OrgUnitId(rs.getLong(1))).list();
	}

	@Override
	public List<OrgUnitId> successors(OrgUnitId id) {
		return jdbc.sql("select successor_id from org_unit_succession where predecessor_id = ? order by 1")
			.param(id.value())
			.query((rs, i) -> new OrgUnitId(rs.getLong(1)))
			.list();
	}

	@Override
	public List<OrgUnitSummary> subtrees(Collection<OrgUnitId> roots) {
		List<OrgUnitId> topmost = topmost(roots);
		if (topmost.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				with recursive down(id, depth, path) as (
				    select id, 0, array[id] from org_unit where id = any(:roots)
				    union all
				    select o.id, down.depth + 1, down.path || o.id from org_unit o join down on o.parent_id = down.id
				)
				select %s, d.depth from down d join org_unit u on u.id = d.id order by d.path""".formatted(COLUMNS))
			.param("roots", ids(topmost))
			.query(JdbcOrgUnits::map)
			.list();
	}

	@Override
	public List<OrgUnitId> subtreesWithPredecessors(Collection<OrgUnitId> roots) {
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
				select id from r order by id""")
			.param("roots", roots.stream().map(OrgUnitId::value).toArray(Long[]::new))
			.query((rs, n) -> new OrgUnitId(rs.getLong(1)))
			.list();
	}

	/** The given units less those lying under another of them, so that no subtree is listed twice. */
	private List<OrgUnitId> topmost(Collection<OrgUnitId> roots) {
		return roots.stream()
			.distinct()
			.filter(r -> ancestorsAndSelf(r).stream().skip(1).noneMatch(roots::contains))
			.sorted(java.util.Comparator.comparingLong(OrgUnitId::value))
			.toList();
	}

	public long countAll() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	@Override
	public long countSubtrees(Collection<OrgUnitId> roots) {
		if (roots.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				with recursive down(id) as (
				    select id from org_unit where id = any(:roots)
				    union
				    select o.id from org_unit o join down on o.parent_id = down.id
				)
				select count(*) from down""").param("roots", ids(roots)).query(Long.class).single();
	}

	@Override
	public List<OrgUnitSummary> children(OrgUnitId parent) {
		List<OrgUnitSummary> children = new java.util.ArrayList<>(jdbc.sql("""
				select %s, 1 as depth, t.sort_order from org_unit u join org_unit_type t on t.code = u.type_code
				where u.parent_id = ?""".formatted(COLUMNS))
			.param(parent.value())
			.query(JdbcOrgUnits::map)
			.list());
		// Official lists: by type (committees before chapters), then by name in Vietnamese order.
		java.util.Map<String, Integer> order = new java.util.HashMap<>();
		List<String> types = typeCodes();
		for (int i = 0; i < types.size(); i++) {
			order.put(types.get(i), i);
		}
		com.ibm.icu.text.Collator collator = vn.xdd.shared.VietnameseName.collator();
		children.sort(java.util.Comparator.<OrgUnitSummary>comparingInt(u -> order.getOrDefault(u.typeCode(), 99))
			.thenComparing(OrgUnitSummary::name, collator::compare));
		return children;
	}

	static final String IN_CHAPTER = "('PROBATIONARY', 'FULL', 'EXEMPTED', 'SUSPENDED')";

	@Override
	public java.util.Map<OrgUnitId, Long> memberCountsByChild(OrgUnitId unit) {
		java.util.Map<OrgUnitId, Long> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				with recursive t(root, id) as (
				    select id, id from org_unit where parent_id = ?
				    union all
				    select t.root, o.id from org_unit o join t on o.parent_id = t.id
				)
				select t.root, count(m.id) from t left join member m on m.unit_id = t.id and m.status in %s
				group by t.root""".formatted(IN_CHAPTER))
			.param(unit.value())
			.query((rs, i) -> counts.put(new OrgUnitId(rs.getLong(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	@Override
	public long memberCount(Collection<OrgUnitId> roots) {
		if (roots.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				with recursive down(id) as (
				    select id from org_unit where id = any(:roots)
				    union
				    select o.id from org_unit o join down on o.parent_id = down.id
				)
				select count(*) from member m where m.unit_id in (select id from down) and m.status in %s"""
			.formatted(IN_CHAPTER)).param("roots", ids(roots)).query(Long.class).single();
	}

	@Override
	public List<OrgUnitSummary> roots() {
		return jdbc.sql("select " + COLUMNS + ", 0 as depth from org_unit u where u.parent_id is null order by u.id")
			.query(JdbcOrgUnits::map)
			.list();
	}

	public long insert(@Nullable OrgUnitId parent, String typeCode, String name, LocalDate validFrom,
			@Nullable LocalDate validTo) {
		long id = jdbc.sql("""
				insert into org_unit (parent_id, type_code, name, search_key, valid_from, valid_to)
				values (?, ?, ?, vn_search_key(?), ?, ?)
				returning id""")
			.params(Arrays.asList(parent == null ? null : parent.value(), typeCode, name, name, validFrom, validTo))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into org_unit_version (unit_id, valid_from, valid_to, parent_id, type_code, name)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Arrays.asList(id, validFrom, validTo, parent == null ? null : parent.value(), typeCode, name))
			.update();
		return id;
	}

	public Optional<String> shortName(OrgUnitId unit) {
		return jdbc.sql("select short_name from org_unit where id = ? and short_name is not null")
			.param(unit.value())
			.query(String.class)
			.optional();
	}

	public Optional<String> docAbbreviation(OrgUnitId unit) {
		return jdbc.sql("select doc_abbreviation from org_unit where id = ? and doc_abbreviation is not null")
			.param(unit.value())
			.query(String.class)
			.optional();
	}

	/** Whether members belong directly to units of this unit's type (chapters). */
	public boolean holdsMembers(OrgUnitId unit) {
		return jdbc.sql("""
				select t.holds_members from org_unit u join org_unit_type t on t.code = u.type_code where u.id = ?""")
			.param(unit.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The codes of the unit types members belong to directly (chapters). */
	public java.util.Set<String> memberHoldingTypes() {
		return new java.util.HashSet<>(
				jdbc.sql("select code from org_unit_type where holds_members").query(String.class).list());
	}

	public boolean typeExists(String typeCode) {
		return jdbc.sql("select count(*) from org_unit_type where code = ?").param(typeCode).query(Long.class).single() > 0;
	}

	@Override
	public List<String> typeCodes() {
		return jdbc.sql("select code from org_unit_type order by sort_order").query(String.class).list();
	}

	public boolean isEmpty() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
	}

	private static Long[] ids(Collection<OrgUnitId> ids) {
		return ids.stream().map(OrgUnitId::value).toArray(Long[]::new);
	}

	private static OrgUnitSummary map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		OrgUnitId parentId = rs.wasNull() ? null : new OrgUnitId(parent);
		Date validTo = rs.getDate("valid_to");
		return new OrgUnitSummary(new OrgUnitId(rs.getLong("id")), parentId, rs.getString("type_code"),
				rs.getString("name"), rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate(),
				rs.getInt("depth"));
	}
}
