package vn.xdd.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.organization.NewMergedUnit;
import vn.xdd.organization.NewOrgUnit;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.organization.application.DissolveOrgUnit;
import vn.xdd.organization.application.MergeOrgUnits;
import vn.xdd.organization.application.MoveOrgUnit;
import vn.xdd.organization.application.OrgUnitHistory;
import vn.xdd.organization.application.RenameOrgUnit;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * One unit: its facts, its history (periods and recorded events, predecessors and successors),
 * its subordinate units, and the restructuring forms for those who may restructure it.
 */
@Controller
class OrgUnitController {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OrgUnits units;

	private final OrgUnitHistory history;

	private final AccessScope scope;

	private final CreateOrgUnit createOrgUnit;

	private final RenameOrgUnit renameOrgUnit;

	private final MoveOrgUnit moveOrgUnit;

	private final MergeOrgUnits mergeOrgUnits;

	private final DissolveOrgUnit dissolveOrgUnit;

	private final Clock clock;

	OrgUnitController(OrgUnits units, OrgUnitHistory history, AccessScope scope,
			CreateOrgUnit createOrgUnit, RenameOrgUnit renameOrgUnit, MoveOrgUnit moveOrgUnit,
			MergeOrgUnits mergeOrgUnits, DissolveOrgUnit dissolveOrgUnit, Clock clock) {
		this.units = units;
		this.history = history;
		this.scope = scope;
		this.createOrgUnit = createOrgUnit;
		this.renameOrgUnit = renameOrgUnit;
		this.moveOrgUnit = moveOrgUnit;
		this.mergeOrgUnits = mergeOrgUnits;
		this.dissolveOrgUnit = dissolveOrgUnit;
		this.clock = clock;
	}

	/** A unit as a row of a list or a link in the trail. */
	record UnitView(long id, String name, String typeKey, int depth, LocalDate validFrom, boolean ended,
			String validToText) {

		static UnitView of(OrgUnitSummary unit) {
			LocalDate validTo = unit.validTo();
			return new UnitView(unit.id().value(), unit.name(), unit.typeMessageKey(), unit.depth(), unit.validFrom(),
					validTo != null && validTo.isBefore(LocalDate.now()), validTo == null ? "" : validTo.format(DATE));
		}
	}

	/** One period of the unit's attributes. */
	record PeriodView(String from, String to, String name, String parentName, String typeKey) {
	}

	/** One recorded event. */
	record EventView(String date, String kindKey, String summary, @Nullable String decisionRef,
			@Nullable String recordedBy) {
	}

	/** A unit offered in a select: indented name. */
	record Option(long id, String label) {
	}

	@GetMapping("/units/{id}")
	String show(@PathVariable long id, Model model) {
		OrgUnitId unitId = new OrgUnitId(id);
		scope.requireReach(unitId, "ORG_UNIT", Long.toString(id));
		OrgUnitSummary unit = units.find(unitId).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("unit", UnitView.of(unit));
		model.addAttribute("shortName", history.shortName(unitId).orElse(""));
		model.addAttribute("docAbbreviation", history.docAbbreviation(unitId).orElse(""));
		model.addAttribute("trail", trail(unitId));
		model.addAttribute("children", units.children(unitId).stream().map(UnitView::of).toList());
		List<PeriodView> periods = new ArrayList<>(history.versions(id).stream().map(this::period).toList());
		Collections.reverse(periods);
		model.addAttribute("periods", periods);
		model.addAttribute("events", history.eventsOf(id).stream()
			.map(e -> new EventView(e.effectiveDate().format(DATE), "restructure.kind." + e.kind(), e.summary(),
					e.decisionRef(), e.recordedBy()))
			.toList());
		model.addAttribute("predecessors", related(history.predecessorsOf(id)));
		model.addAttribute("successors", related(history.successorsOf(id)));
		boolean editor = scope.hasRoleAt(Role.ADMIN, unitId) || scope.hasRoleAt(Role.ORGANIZATION_BOARD, unitId);
		boolean active = unit.validTo() == null || !unit.validTo().isBefore(today);
		model.addAttribute("canRestructure", editor && active);
		model.addAttribute("holdsMembers", history.holdsMembers(unitId));
		if (editor && active) {
			model.addAttribute("typeCodes", history.childTypes(unit.typeCode()));
			List<Option> options = scopeOptions(today);
			model.addAttribute("parentOptions", options.stream().filter(o -> o.id() != id).toList());
			model.addAttribute("chapterOptions", chapterOptions(today, id));
			model.addAttribute("siblingOptions", unit.parentId() == null ? List.of()
					: units.children(unit.parentId()).stream()
						.filter(s -> s.id().value() != id && s.activeOn(today))
						.map(s -> new Option(s.id().value(), s.name()))
						.toList());
			model.addAttribute("allTypeCodes", history.typeCodes());
		}
		model.addAttribute("today", today);
		return "organization/unit";
	}

	@PostMapping("/units/{id}/children")
	String createChild(@PathVariable long id, @RequestParam String name, @RequestParam String typeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @Nullable String decisionRef, RedirectAttributes redirect) {
		try {
			OrgUnitSummary created = createOrgUnit.create(new NewOrgUnit(new OrgUnitId(id), typeCode, name,
					validFrom == null ? LocalDate.now(clock) : validFrom, null, null, null, decisionRef));
			redirect.addFlashAttribute("notice", "orgUnit.created");
			return "redirect:/units/" + created.id().value();
		}
		catch (BusinessRuleException e) {
			return problem(id, redirect, e);
		}
	}

	@PostMapping("/units/{id}/rename")
	String rename(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) @Nullable String shortName,
			@RequestParam(required = false) @Nullable String docAbbreviation,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, "restructure.renamed",
				() -> renameOrgUnit.rename(new OrgUnitId(id), name, shortName, docAbbreviation, from, decisionRef, note));
	}

	@PostMapping("/units/{id}/move")
	String move(@PathVariable long id, @RequestParam long parentId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, "restructure.moved",
				() -> moveOrgUnit.move(new OrgUnitId(id), new OrgUnitId(parentId), from, decisionRef, note));
	}

	/**
	 * Merges this unit (with the siblings ticked) into an existing unit, or into a new unit created by
	 * the same decision.
	 */
	@PostMapping("/units/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) @Nullable List<Long> with,
			@RequestParam(required = false) @Nullable Long targetId,
			@RequestParam(required = false) @Nullable String newName,
			@RequestParam(required = false) @Nullable String newType,
			@RequestParam(required = false) @Nullable Long newParentId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		List<OrgUnitId> sources = new ArrayList<>(List.of(new OrgUnitId(id)));
		if (with != null) {
			with.forEach(w -> sources.add(new OrgUnitId(w)));
		}
		boolean intoNew = newName != null && !newName.isBlank();
		try {
			OrgUnitId target = mergeOrgUnits.merge(sources, intoNew || targetId == null ? null : new OrgUnitId(targetId),
					intoNew && newName != null ? new NewMergedUnit(newName, newType == null ? "" : newType,
							new OrgUnitId(newParentId == null ? 0 : newParentId), null, null) : null,
					from, decisionRef, note);
			redirect.addFlashAttribute("notice", "restructure.merged");
			return "redirect:/units/" + target.value();
		}
		catch (BusinessRuleException e) {
			return problem(id, redirect, e);
		}
	}

	@PostMapping("/units/{id}/dissolve")
	String dissolve(@PathVariable long id, @RequestParam(required = false) @Nullable Long moveMembersTo,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable String decisionRef,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(id, redirect, "restructure.dissolved", () -> dissolveOrgUnit.dissolve(new OrgUnitId(id), from,
				moveMembersTo == null ? null : new OrgUnitId(moveMembersTo), decisionRef, note));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/units/" + id;
		}
		catch (BusinessRuleException e) {
			return problem(id, redirect, e);
		}
	}

	private static String problem(long id, RedirectAttributes redirect, BusinessRuleException e) {
		redirect.addFlashAttribute("problem", e.messageKey());
		redirect.addFlashAttribute("problemArguments", e.arguments());
		return "redirect:/units/" + id;
	}

	private PeriodView period(OrgUnitVersion v) {
		String parent = v.parentId() == null ? ""
				: units.find(new OrgUnitId(v.parentId())).map(OrgUnitSummary::name).orElse("");
		return new PeriodView(v.validFrom().format(DATE), v.validTo() == null ? "" : v.validTo().format(DATE), v.name(),
				parent, "orgUnitType." + v.typeCode());
	}

	private List<UnitView> related(List<Long> ids) {
		return ids.stream()
			.map(OrgUnitId::new)
			.filter(scope::reaches)
			.map(units::find)
			.flatMap(java.util.Optional::stream)
			.map(UnitView::of)
			.toList();
	}

	/** The active units of the user's scope, indented, as targets of a move or merge. */
	private List<Option> scopeOptions(LocalDate today) {
		Set<OrgUnitId> roots = scope.grantRoots();
		return units.subtrees(roots)
			.stream()
			.filter(u -> u.activeOn(today))
			.map(u -> new Option(u.id().value(), "\u00a0\u00a0".repeat(u.depth()) + u.name()))
			.toList();
	}

	private List<Option> chapterOptions(LocalDate today, long except) {
		return units.subtrees(scope.grantRoots())
			.stream()
			.filter(u -> u.activeOn(today) && u.id().value() != except && history.holdsMembers(u.id()))
			.map(u -> new Option(u.id().value(), u.name()))
			.toList();
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
		Collections.reverse(trail);
		return trail;
	}
}
