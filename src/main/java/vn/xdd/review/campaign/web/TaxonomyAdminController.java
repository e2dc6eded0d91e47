package vn.xdd.review.campaign.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.review.campaign.application.ManageTags;
import vn.xdd.review.campaign.application.ReadTaxonomies;
import vn.xdd.shared.BusinessRuleException;

/** The taxonomies of shortcomings and their tags, for the system administrator. */
@Controller
class TaxonomyAdminController {

	private final ReadTaxonomies taxonomies;

	private final ManageTags manageTags;

	TaxonomyAdminController(ReadTaxonomies taxonomies, ManageTags manageTags) {
		this.taxonomies = taxonomies;
		this.manageTags = manageTags;
	}

	@GetMapping("/admin/taxonomies")
	String list(Model model) {
		model.addAttribute("taxonomies", taxonomies.all());
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
