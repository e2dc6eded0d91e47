package vn.xdd.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** The organisation tree of the user's scope, and one unit with its direct subordinates. */
@Controller
class OrgUnitController {

	private final OrgUnits units;

	private final JdbcOrgUnits store;

	private final AccessScope scope;

	private final CreateOrgUnit createOrgUnit;

	OrgUnitController(OrgUnits units, JdbcOrgUnits store, AccessScope scope, CreateOrgUnit createOrgUnit) {
		this.units = units;
		this.store = store;
		this.scope = scope;
		this.createOrgUnit = createOrgUnit;
	}

	/** A unit as a row of the tree or a link in the trail. */
	record UnitView(long id, String name, String typeKey, int depth, LocalDate validFrom, boolean ended,
			String validToText) {

		/** Indentation level in the tree listing; deeper levels share the last one. */
		public int indent() {
			return Math.min(depth, 8);
		}

		static UnitView of(OrgUnitSummary unit) {
			LocalDate validTo = unit.validTo();
			return new UnitView(unit.id().value(), unit.name(), unit.typeMessageKey(), unit.depth(), unit.validFrom(),
					validTo != null && validTo.isBefore(LocalDate.now()),
					validTo == null ? "" : validTo.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
	}

	@GetMapping("/units")
	String tree(Model model) {
		model.addAttribute("units", units.subtrees(scope.grantRoots()).stream().map(UnitView::of).toList());
		return "organization/units";
	}

	@GetMapping("/units/{id}")
	String show(@PathVariable long id, Model model) {
		OrgUnitId unitId = new OrgUnitId(id);
		scope.requireReach(unitId, "ORG_UNIT", Long.toString(id));
		OrgUnitSummary unit = units.find(unitId).orElseThrow();
		model.addAttribute("unit", UnitView.of(unit));
		model.addAttribute("trail", trail(unitId));
		model.addAttribute("children", units.children(unitId).stream().map(UnitView::of).toList());
		// Units are added under a unit that still exists; history comes with the restructuring operations.
		model.addAttribute("canCreate", unit.validTo() == null
				&& (scope.hasRoleAt(Role.ADMIN, unitId) || scope.hasRoleAt(Role.ORGANIZATION_BOARD, unitId)));
		model.addAttribute("typeCodes", store.typeCodes());
		return "organization/unit";
	}

	@PostMapping("/units/{id}/children")
	String createChild(@PathVariable long id, @RequestParam String name, @RequestParam String typeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			RedirectAttributes redirect) {
		try {
			OrgUnitSummary created = createOrgUnit.create(new CreateOrgUnit.Command(new OrgUnitId(id), typeCode, name,
					validFrom == null ? LocalDate.now() : validFrom));
			redirect.addFlashAttribute("notice", "orgUnit.created");
			return "redirect:/units/" + created.id().value();
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
			return "redirect:/units/" + id;
		}
	}

	/** The reachable ancestors of a unit, from the top of the user's scope down to the unit. */
	private List<UnitView> trail(OrgUnitId unitId) {
		List<UnitView> trail = new ArrayList<>();
		for (OrgUnitId ancestor : units.ancestorsAndSelf(unitId)) {
			if (!scope.reaches(ancestor)) {
				break;
			}
			units.find(ancestor).map(UnitView::of).ifPresent(trail::add);
		}
		java.util.Collections.reverse(trail);
		return trail;
	}
}
