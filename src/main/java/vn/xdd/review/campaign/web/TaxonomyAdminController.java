package vn.xdd.review.campaign.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.review.campaign.application.ManageTags;
import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;

/** The taxonomies of shortcomings and their tags, for the system administrator. */
@Controller
class TaxonomyAdminController {

	/** A taxonomy with all its tags, active or not. */
	record TaxonomyView(vn.xdd.review.campaign.domain.ShortcomingTaxonomy taxonomy, List<vn.xdd.review.campaign.domain.ShortcomingTag> tags) {
	}

	private final JdbcReviewCatalogue catalogue;

	private final ManageTags manageTags;

	private final AccessScope scope;

	TaxonomyAdminController(JdbcReviewCatalogue catalogue, ManageTags manageTags, AccessScope scope) {
		this.catalogue = catalogue;
		this.manageTags = manageTags;
		this.scope = scope;
	}

	@GetMapping("/admin/taxonomies")
	String list(Model model) {
		if (!scope.isSystemAdministrator()) {
			throw new AccessDeniedException("taxonomies");
		}
		model.addAttribute("taxonomies", catalogue.taxonomies()
			.stream()
			.map(t -> new TaxonomyView(t, catalogue.tags(List.of(t.code()), true)))
			.toList());
		return "review/taxonomies";
	}

	@PostMapping("/admin/taxonomies/{taxonomy}/tags")
	String addTag(@PathVariable String taxonomy, @RequestParam @Nullable String code,
			@RequestParam(required = false) @Nullable String groupLabel, @RequestParam @Nullable String label,
			RedirectAttributes redirect) {
		return run(() -> manageTags.change(taxonomy, code, groupLabel, label == null ? "" : label), "taxonomy.tagAdded",
				redirect);
	}

	@PostMapping("/admin/taxonomies/tags/{code}/deactivate")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		return run(() -> manageTags.change(code, null, null, null), "taxonomy.tagDeactivated", redirect);
	}

	private static String run(Runnable action, String notice, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
		}
		return "redirect:/admin/taxonomies";
	}
}
