package vn.xdd.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

	HomeController(CurrentUser currentUser, OrgUnits units) {
		this.currentUser = currentUser;
		this.units = units;
	}

	/** Figures of the active unit's subtree. */
	record HomeView(String unitName, long unitCount, long userCount, Map<String, Long> unitsByType,
			List<OrgUnitSummary> children) {
	}

	@GetMapping("/")
	String home(Model model) {
		currentUser.activeUnit().ifPresent(active -> {
			List<OrgUnitSummary> subtree = units.subtrees(Set.of(active));
			Map<String, Long> byType = new TreeMap<>();
			subtree.forEach(u -> byType.merge(u.typeMessageKey(), 1L, Long::sum));
			model.addAttribute("home", new HomeView(subtree.get(0).name(), subtree.size(),
					currentUser.countUsersUnder(Set.of(active)), byType, units.children(active)));
		});
		return "home";
	}
}
