package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.persistence.JdbcOrgHistory;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseName;

/**
 * The organisation tree as it stood on a given day, within a scope: the units that existed that
 * day with the names and parents they had then, and how many members each had (directly and in
 * its subtree). A scope rooted at a commune committee created in July 2025 shows, for 2013, the
 * grassroots committees it took over, as they stood under the district then.
 */
@Component
public class OrgTree {

	private final JdbcOrgHistory history;

	private final JdbcOrgUnits units;

	public OrgTree(JdbcOrgHistory history, JdbcOrgUnits units) {
		this.history = history;
		this.units = units;
	}

	/** A unit of the tree on the day. */
	public record Node(long unitId, @Nullable Long parentId, String name, String typeCode, int depth,
			LocalDate periodFrom, @Nullable LocalDate periodTo, long members, long subtreeMembers, int children) {

		public String typeMessageKey() {
			return "orgUnitType." + typeCode;
		}
	}

	/** The tree on {@code day} for a scope rooted at {@code roots}, in display order. */
	public List<Node> asOf(Collection<OrgUnitId> roots, LocalDate day) {
		List<Long> reachable = history.reachable(roots);
		if (reachable.isEmpty()) {
			return List.of();
		}
		List<OrgUnitVersion> versions = history.versionsOn(reachable, day);
		Map<Long, Long> members = history.memberCountsOn(reachable, day);
		Map<Long, OrgUnitVersion> byUnit = new HashMap<>();
		versions.forEach(v -> byUnit.put(v.unitId(), v));
		Map<Long, List<OrgUnitVersion>> childrenOf = new HashMap<>();
		List<OrgUnitVersion> tops = new ArrayList<>();
		for (OrgUnitVersion v : versions) {
			if (v.parentId() != null && byUnit.containsKey(v.parentId())) {
				childrenOf.computeIfAbsent(v.parentId(), k -> new ArrayList<>()).add(v);
			}
			else {
				tops.add(v);
			}
		}
		Comparator<OrgUnitVersion> order = displayOrder();
		Map<Long, Long> subtreeMembers = new HashMap<>();
		for (OrgUnitVersion top : tops) {
			sumMembers(top, childrenOf, members, subtreeMembers, new HashSet<>());
		}
		List<Node> out = new ArrayList<>();
		tops.sort(order);
		for (OrgUnitVersion top : tops) {
			flatten(top, 0, childrenOf, order, members, subtreeMembers, out, new HashSet<>());
		}
		return out;
	}

	private Comparator<OrgUnitVersion> displayOrder() {
		Map<String, Integer> typeOrder = new HashMap<>();
		List<String> types = units.typeCodes();
		for (int i = 0; i < types.size(); i++) {
			typeOrder.put(types.get(i), i);
		}
		com.ibm.icu.text.Collator collator = VietnameseName.collator();
		return Comparator.<OrgUnitVersion>comparingInt(v -> typeOrder.getOrDefault(v.typeCode(), Integer.MAX_VALUE))
			.thenComparing(OrgUnitVersion::name, collator::compare)
			.thenComparingLong(OrgUnitVersion::unitId);
	}

	private static long sumMembers(OrgUnitVersion v, Map<Long, List<OrgUnitVersion>> childrenOf, Map<Long, Long> members,
			Map<Long, Long> subtree, Set<Long> seen) {
		if (!seen.add(v.unitId())) {
			return 0;
		}
		long total = members.getOrDefault(v.unitId(), 0L);
		for (OrgUnitVersion child : childrenOf.getOrDefault(v.unitId(), List.of())) {
			total += sumMembers(child, childrenOf, members, subtree, seen);
		}
		subtree.put(v.unitId(), total);
		return total;
	}

	private static void flatten(OrgUnitVersion v, int depth, Map<Long, List<OrgUnitVersion>> childrenOf, Comparator<OrgUnitVersion> order,
			Map<Long, Long> members, Map<Long, Long> subtree, List<Node> out, Set<Long> seen) {
		if (!seen.add(v.unitId())) {
			return;
		}
		List<OrgUnitVersion> children = new ArrayList<>(childrenOf.getOrDefault(v.unitId(), List.of()));
		children.sort(order);
		out.add(new Node(v.unitId(), v.parentId(), v.name(), v.typeCode(), depth, v.validFrom(), v.validTo(),
				members.getOrDefault(v.unitId(), 0L), subtree.getOrDefault(v.unitId(), 0L), children.size()));
		for (OrgUnitVersion child : children) {
			flatten(child, depth + 1, childrenOf, order, members, subtree, out, seen);
		}
	}

	/** Units of the scope whose name matches {@code query} (without diacritics) on {@code day}. */
	public List<Node> search(Collection<OrgUnitId> roots, LocalDate day, String query) {
		String key = vn.xdd.shared.VietnameseText.searchKey(query);
		if (key.isEmpty()) {
			return List.of();
		}
		return asOf(roots, day).stream()
			.filter(n -> vn.xdd.shared.VietnameseText.searchKey(n.name()).contains(key))
			.map(n -> new Node(n.unitId(), n.parentId(), n.name(), n.typeCode(), 0, n.periodFrom(), n.periodTo(),
					n.members(), n.subtreeMembers(), n.children()))
			.toList();
	}
}
