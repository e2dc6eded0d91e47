package vn.xdd.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.xdd.organization.application.OrgTree;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/**
 * The organisation tree of the user's scope as of a day (today by default): expand and collapse
 * (native details elements; deeper levels load when opened, through htmx, or by following the
 * node's link without JavaScript), member counts per node including its subtree, and a search.
 */
@Controller
class OrgTreeController {

	/** Levels rendered at once; deeper ones load on demand. */
	static final int RENDERED_LEVELS = 3;

	private final OrgTree tree;

	private final AccessScope scope;

	private final Clock clock;

	OrgTreeController(OrgTree tree, AccessScope scope, Clock clock) {
		this.tree = tree;
		this.scope = scope;
		this.clock = clock;
	}

	/** A node as the page shows it; {@code children} is empty and {@code lazy} true when not loaded yet. */
	record NodeView(long id, String name, String typeKey, long members, long subtreeMembers, int childCount,
			List<NodeView> children, boolean lazy, boolean open) {
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long focus,
			Model model, HttpServletRequest request) {
		LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
		Set<OrgUnitId> roots = scope.grantRoots();
		List<OrgTree.Node> nodes = tree.asOf(roots, day);
		model.addAttribute("asOf", day);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", tree.search(roots, day, q).stream()
				.map(n -> new SearchHit(n.unitId(), n.name(), n.typeMessageKey(), n.subtreeMembers(), path(nodes, n.unitId())))
				.toList());
		}
		Long start = focus != null && nodes.stream().anyMatch(n -> n.unitId() == focus) ? focus : null;
		model.addAttribute("focus", start);
		model.addAttribute("nodes", build(nodes, start, RENDERED_LEVELS));
		model.addAttribute("unitCount", nodes.size());
		model.addAttribute("memberCount", nodes.stream().filter(n -> n.depth() == 0).mapToLong(OrgTree.Node::subtreeMembers).sum());
		if ("true".equals(request.getHeader("HX-Request")) && request.getParameter("fragment") != null) {
			return "organization/units :: tree-results";
		}
		return "organization/units";
	}

	/** The children of one node, for htmx when a collapsed node is opened. */
	@GetMapping("/units/tree/children")
	String children(@RequestParam long parent,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
		List<OrgTree.Node> nodes = tree.asOf(scope.grantRoots(), day);
		scope.requireReach(new OrgUnitId(parent), "ORG_UNIT", Long.toString(parent));
		List<NodeView> built = build(nodes, parent, 2);
		model.addAttribute("asOf", day);
		model.addAttribute("children", built.isEmpty() ? List.of() : built.get(0).children());
		return "organization/units :: children";
	}

	/** A search result with the path of names above it on the day. */
	record SearchHit(long id, String name, String typeKey, long subtreeMembers, String path) {
	}

	private static String path(List<OrgTree.Node> nodes, long unitId) {
		Map<Long, OrgTree.Node> byId = new HashMap<>();
		nodes.forEach(n -> byId.put(n.unitId(), n));
		List<String> names = new ArrayList<>();
		OrgTree.Node node = byId.get(unitId);
		while (node != null && node.parentId() != null && byId.containsKey(node.parentId())) {
			node = byId.get(node.parentId());
			names.add(0, node.name());
		}
		return String.join(" › ", names);
	}

	/**
	 * Nests the flat, ordered list; from {@code start} (or the tops) down {@code levels} levels, the
	 * rest marked lazy.
	 */
	static List<NodeView> build(List<OrgTree.Node> nodes, @Nullable Long start, int levels) {
		Map<Long, List<OrgTree.Node>> childrenOf = new HashMap<>();
		List<OrgTree.Node> tops = new ArrayList<>();
		for (OrgTree.Node n : nodes) {
			if (n.depth() == 0) {
				tops.add(n);
			}
			else {
				childrenOf.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
			}
		}
		List<OrgTree.Node> from = tops;
		if (start != null) {
			from = nodes.stream().filter(n -> n.unitId() == start).toList();
		}
		return from.stream().map(n -> view(n, childrenOf, levels, 0)).toList();
	}

	private static NodeView view(OrgTree.Node n, Map<Long, List<OrgTree.Node>> childrenOf, int levels, int level) {
		List<OrgTree.Node> kids = childrenOf.getOrDefault(n.unitId(), List.of());
		boolean load = level + 1 < levels;
		List<NodeView> children = load ? kids.stream().map(k -> view(k, childrenOf, levels, level + 1)).toList()
				: List.of();
		return new NodeView(n.unitId(), n.name(), n.typeMessageKey(), n.members(), n.subtreeMembers(), kids.size(),
				children, !load && !kids.isEmpty(), level < 1);
	}
}
