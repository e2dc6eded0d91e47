package vn.xdd.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.security.CurrentUser;

/** The home page: real figures of the unit the user works in. */
@Controller
class HomeController {

	private final CurrentUser currentUser;

	private final OrgUnits units;

	private final vn.xdd.review.ShortcomingCounts shortcomings;

	HomeController(CurrentUser currentUser, OrgUnits units, vn.xdd.review.ShortcomingCounts shortcomings) {
		this.currentUser = currentUser;
		this.units = units;
		this.shortcomings = shortcomings;
	}

	/**
	 * The remediation at a glance, for those who work with the register (not a plain member):
	 * items not yet verified remedied and items overdue in the unit's subtree.
	 */
	record RemediationView(long unitId, long unresolved, long overdue, long total) {
	}

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Figures of the active unit's subtree, counting the units that exist today. */
	record HomeView(String unitName, long unitCount, long userCount, long memberCount, Map<String, Long> unitsByType,
			List<OrgUnitSummary> children, List<Bar> membersByChild, String chartLabels, String chartValues) {
	}

	/** One bar of the chart: a subordinate unit and its members. */
	record Bar(long unitId, String name, long members) {
	}

	@GetMapping("/")
	String home(Model model) {
		currentUser.activeUnit().ifPresent(active -> {
			LocalDate today = LocalDate.now(ZONE);
			List<OrgUnitSummary> subtree = units.subtrees(Set.of(active));
			List<OrgUnitSummary> existing = subtree.stream().filter(u -> u.activeOn(today)).toList();
			Map<String, Long> byType = new LinkedHashMap<>();
			for (String type : units.typeCodes()) {
				long count = existing.stream().filter(u -> u.typeCode().equals(type)).count();
				if (count > 0) {
					byType.put("orgUnitType." + type, count);
				}
			}
			List<OrgUnitSummary> children = units.children(active).stream().filter(u -> u.activeOn(today)).toList();
			Map<vn.xdd.shared.OrgUnitId, Long> counts = units.memberCountsByChild(active);
			List<Bar> bars = children.stream()
				.map(c -> new Bar(c.id().value(), c.name(), counts.getOrDefault(c.id(), 0L)))
				.filter(b -> b.members() > 0)
				.toList();
			model.addAttribute("home", new HomeView(subtree.get(0).name(), existing.size(),
					currentUser.countUsersUnder(Set.of(active)), units.memberCount(Set.of(active)), byType, children, bars,
					json(bars.stream().map(Bar::name).toList()),
					bars.stream().map(b -> Long.toString(b.members())).collect(java.util.stream.Collectors.joining(",", "[", "]"))));
		});
		currentUser.activeUnit()
			.filter(active -> currentUser.signedIn()
				.map(u -> u.grants().stream().anyMatch(g -> g.role() != vn.xdd.shared.Role.MEMBER))
				.orElse(false))
			.ifPresent(active -> {
				vn.xdd.review.ShortcomingTally total = shortcomings.breakdown(active).total();
				model.addAttribute("remediation", new RemediationView(active.value(), total.total() - total.verified(),
						total.overdue(), total.total()));
			});
		return "home";
	}

	/** A JSON array of strings, for the chart's data attribute. */
	static String json(List<String> values) {
		StringBuilder out = new StringBuilder("[");
		for (String v : values) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append(']').toString();
	}
}
