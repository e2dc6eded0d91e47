package vn.xdd.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.OrgUnitHistory;
import vn.xdd.organization.application.SplitOrgUnit;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * The split page: up to three new units, and for each subordinate unit and each member, where
 * it goes (or whether it stays with the unit split, when that continues).
 */
@Controller
class SplitController {

	static final int PARTS = 3;

	private final OrgUnits units;

	private final OrgUnitHistory history;

	private final AccessScope scope;

	private final SplitOrgUnit splitOrgUnit;

	private final Clock clock;

	SplitController(OrgUnits units, OrgUnitHistory history, AccessScope scope,
			SplitOrgUnit splitOrgUnit, Clock clock) {
		this.units = units;
		this.history = history;
		this.scope = scope;
		this.splitOrgUnit = splitOrgUnit;
		this.clock = clock;
	}

	/** Something the split hands over: a subordinate unit or a member. */
	record Item(long id, String name) {
	}

	@GetMapping("/units/{id}/split")
	String form(@PathVariable long id, Model model) {
		OrgUnitId unitId = new OrgUnitId(id);
		scope.requireReach(unitId, "ORG_UNIT", Long.toString(id));
		if (!scope.hasRoleAt(Role.ADMIN, unitId) && !scope.hasRoleAt(Role.ORGANIZATION_BOARD, unitId)) {
			throw new org.springframework.security.access.AccessDeniedException("restructure");
		}
		OrgUnitSummary unit = units.find(unitId).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("unit", OrgUnitController.UnitView.of(unit));
		model.addAttribute("children", history.childrenOn(id, today)
			.stream()
			.map(c -> new Item(c, units.find(new OrgUnitId(c)).map(OrgUnitSummary::name).orElse("")))
			.toList());
		model.addAttribute("members", history.membersOn(id, today)
			.stream()
			.map(m -> new Item(m, history.memberName(m).orElse("")))
			.toList());
		model.addAttribute("parts", java.util.stream.IntStream.rangeClosed(1, PARTS).boxed().toList());
		model.addAttribute("typeCodes", unit.parentId() == null ? List.of(unit.typeCode())
				: history.childTypes(units.find(unit.parentId()).orElseThrow().typeCode()));
		model.addAttribute("defaultType", unit.typeCode());
		model.addAttribute("today", today);
		return "organization/split";
	}

	@PostMapping("/units/{id}/split")
	String split(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			LocalDate from = LocalDate.parse(params.getOrDefault("from", ""));
			boolean continues = params.containsKey("sourceContinues");
			List<SplitOrgUnit.Part> parts = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			for (int p = 1; p <= PARTS; p++) {
				String name = params.getOrDefault("partName" + p, "").strip();
				if (!name.isEmpty()) {
					parts.add(new SplitOrgUnit.Part(name, params.getOrDefault("partType" + p, ""), null,
							chosen(params, "child_", p).stream().map(OrgUnitId::new).toList(), chosen(params, "member_", p)));
					numbers.add(p);
				}
			}
			for (Map.Entry<String, String> e : params.entrySet()) {
				if ((e.getKey().startsWith("child_") || e.getKey().startsWith("member_")) && !e.getValue().equals("0")
						&& !numbers.contains(Integer.parseInt(e.getValue()))) {
					throw new BusinessRuleException("restructure.error.splitToUndeclaredPart");
				}
			}
			List<OrgUnitId> created = splitOrgUnit.split(new OrgUnitId(id), parts, continues, from,
					blank(params.get("decisionRef")), blank(params.get("note")));
			redirect.addFlashAttribute("notice", "restructure.splitDone");
			return "redirect:/units/" + (continues ? id : created.get(0).value());
		}
		catch (java.time.format.DateTimeParseException | NumberFormatException e) {
			redirect.addFlashAttribute("problem", "restructure.error.splitForm");
			return "redirect:/units/" + id + "/split";
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
			return "redirect:/units/" + id + "/split";
		}
	}

	private static List<Long> chosen(Map<String, String> params, String prefix, int part) {
		return params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals(Integer.toString(part)))
			.map(e -> Long.parseLong(e.getKey().substring(prefix.length())))
			.sorted()
			.toList();
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
