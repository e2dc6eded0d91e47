package vn.xdd.review.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignKind;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.review.NewCampaign;
import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.application.CloseCampaign;
import vn.xdd.review.campaign.application.OpenCampaign;
import vn.xdd.review.campaign.application.ReadTaxonomies;
import vn.xdd.review.campaign.application.TrackCampaign.Tracker;
import vn.xdd.review.campaign.application.TrackCampaign;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;
import vn.xdd.shared.OrgUnitId;

/**
 * Review campaigns: the list of those the user takes part in, the form that opens one, and a
 * campaign's page with its tracker (drill-down by unit, enhanced by htmx) and closing.
 */
@Controller
class CampaignController {

	/** A campaign as a row of the list. */
	record CampaignRow(long id, String name, String kindKey, String unitName, LocalDate periodFrom, LocalDate periodTo,
			boolean open) {
	}

	/** A unit offered in a select. */
	record Option(long id, String label) {
	}

	private final Campaigns campaigns;

	private final CampaignAccess access;

	private final OpenCampaign openCampaign;

	private final CloseCampaign closeCampaign;

	private final TrackCampaign trackCampaign;

	private final ReadTaxonomies taxonomies;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Clock clock;

	CampaignController(Campaigns campaigns, CampaignAccess access, OpenCampaign openCampaign,
			CloseCampaign closeCampaign, TrackCampaign trackCampaign, ReadTaxonomies taxonomies, OrgUnits units,
			AccessScope scope, Clock clock) {
		this.campaigns = campaigns;
		this.access = access;
		this.openCampaign = openCampaign;
		this.closeCampaign = closeCampaign;
		this.trackCampaign = trackCampaign;
		this.taxonomies = taxonomies;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		Map<OrgUnitId, String> names = new LinkedHashMap<>();
		List<CampaignRow> rows = new ArrayList<>();
		for (CampaignSummary c : campaigns.visible()) {
			String unitName = names.computeIfAbsent(c.unit(),
					u -> units.find(u).map(OrgUnitSummary::name).orElse(""));
			rows.add(new CampaignRow(c.id().value(), c.name(), c.kind().messageKey(), unitName, c.periodFrom(),
					c.periodTo(), c.open()));
		}
		model.addAttribute("campaigns", rows);
		model.addAttribute("canOpen", !openingUnits().isEmpty());
		return "review/campaigns";
	}

	@GetMapping("/campaigns/new")
	String newForm(Model model) {
		CampaignForm form = new CampaignForm();
		int year = LocalDate.now(clock).getYear();
		form.setPeriodFrom(LocalDate.of(year, 1, 1));
		form.setPeriodTo(LocalDate.of(year, 12, 31));
		scope.activeUnit().ifPresent(u -> form.setUnitId(u.value()));
		return form(form, model);
	}

	private String form(CampaignForm form, Model model) {
		List<Option> options = openingUnits();
		if (options.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("open campaign");
		}
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", options);
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("taxonomies", taxonomies.active());
		return "review/campaign-form";
	}

	@PostMapping("/campaigns")
	String open(@ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Long unitId = form.getUnitId();
		if (unitId == null) {
			binding.rejectValue("unitId", "campaign.error.unitRequired");
		}
		if (form.getPeriodFrom() == null) {
			binding.rejectValue("periodFrom", "campaign.error.dateRequired");
		}
		if (form.getPeriodTo() == null) {
			binding.rejectValue("periodTo", "campaign.error.dateRequired");
		}
		if (binding.hasErrors()) {
			return form(form, model);
		}
		try {
			CampaignId id = openCampaign.open(new NewCampaign(new OrgUnitId(Objects.requireNonNull(unitId)), form.getName(),
					form.getKind(), Objects.requireNonNull(form.getPeriodFrom()), Objects.requireNonNull(form.getPeriodTo()), form.getCollectiveDeadline(),
					form.getIndividualDeadline(), form.getTaxonomies()));
			redirect.addFlashAttribute("notice", "campaign.opened");
			return "redirect:/campaigns/" + id.value();
		}
		catch (BusinessRuleException e) {
			for (FieldProblem p : e.fieldProblems()) {
				String field = p.fieldKey().substring(p.fieldKey().indexOf('.') + 1);
				binding.rejectValue("periodTo".equals(field) || "name".equals(field) || "taxonomies".equals(field) ? field
						: "name", p.messageKey(), p.arguments(), p.messageKey());
			}
			if (e.fieldProblems().isEmpty()) {
				binding.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
			return form(form, model);
		}
	}

	@GetMapping("/campaigns/{id}")
	String show(@PathVariable long id, @RequestParam(name = "unit", required = false) @Nullable Long unit, Model model,
			HttpServletRequest request) {
		Tracker tracker = trackCampaign.track(new CampaignId(id), unit == null ? null : new OrgUnitId(unit));
		CampaignRecord campaign = tracker.campaign();
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaignUnitName", units.find(campaign.unit()).map(OrgUnitSummary::name).orElse(""));
		model.addAttribute("taxonomyNames", taxonomies.namesOf(campaign));
		model.addAttribute("tracker", tracker);
		model.addAttribute("canClose", campaign.open() && access.canRun(campaign.unit()));
		if ("true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"))) {
			return "review/campaign :: tracker";
		}
		return "review/campaign";
	}

	@PostMapping("/campaigns/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		closeCampaign.close(new CampaignId(id), version);
		redirect.addFlashAttribute("notice", "campaign.closed");
		return "redirect:/campaigns/" + id;
	}

	/**
	 * The units where the user may open a campaign: the units of their grants where they hold
	 * LEADERSHIP, ORGANIZATION_BOARD or ADMIN, and the committees below them.
	 */
	private List<Option> openingUnits() {
		List<Option> options = new ArrayList<>();
		List<OrgUnitId> roots = scope.grantRoots().stream().filter(access::canRun).sorted(
				java.util.Comparator.comparingLong(OrgUnitId::value)).toList();
		if (roots.isEmpty()) {
			return options;
		}
		LocalDate today = LocalDate.now(clock);
		for (OrgUnitSummary u : units.subtrees(roots)) {
			boolean root = roots.contains(u.id());
			if (u.activeOn(today) && (root || u.typeCode().endsWith("_COMMITTEE"))) {
				options.add(new Option(u.id().value(), "\u00a0\u00a0".repeat(Math.min(u.depth(), 6)) + u.name()));
			}
		}
		return options;
	}
}
