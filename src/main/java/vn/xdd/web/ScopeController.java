package vn.xdd.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.xdd.security.ActiveUnitChooser;
import vn.xdd.shared.OrgUnitId;

/** Switches the unit the user works in, from the selector in the header. */
@Controller
class ScopeController {

	private final ActiveUnitChooser chooser;

	ScopeController(ActiveUnitChooser chooser) {
		this.chooser = chooser;
	}

	@PostMapping("/scope")
	String choose(@RequestParam long unitId) {
		chooser.choose(new OrgUnitId(unitId));
		return "redirect:/";
	}
}
