package vn.xdd.document.numbering.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.document.NewCommitteeTerm;
import vn.xdd.document.numbering.application.CommitteeTerms;
import vn.xdd.document.numbering.application.DeclareCommitteeTerm;
import vn.xdd.document.numbering.application.IssuerProfiles;
import vn.xdd.document.numbering.application.NumberingAccess;
import vn.xdd.document.numbering.application.RemoveCommitteeTerm;
import vn.xdd.document.numbering.application.SaveIssuerProfile;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** The numbering settings of a unit: its committee terms and its issuer profile. */
@Controller
class DocumentSettingsController {

	private final NumberingAccess access;

	private final IssuerProfiles profiles;

	private final CommitteeTerms terms;

	private final DeclareCommitteeTerm declareTerm;

	private final RemoveCommitteeTerm removeTerm;

	private final SaveIssuerProfile saveProfile;

	DocumentSettingsController(NumberingAccess access, IssuerProfiles profiles, CommitteeTerms terms,
			DeclareCommitteeTerm declareTerm, RemoveCommitteeTerm removeTerm, SaveIssuerProfile saveProfile) {
		this.access = access;
		this.profiles = profiles;
		this.terms = terms;
		this.declareTerm = declareTerm;
		this.removeTerm = removeTerm;
		this.saveProfile = saveProfile;
	}

	@GetMapping("/documents/settings")
	String settings(@RequestParam(required = false) @Nullable Long unit, Model model) {
		OrgUnitId unitId = unit != null ? new OrgUnitId(unit)
				: access.scope().activeUnit().orElseThrow(() -> new NotFoundException("ORG_UNIT", "-"));
		access.scope().requireReach(unitId, "ORG_UNIT", unitId.toString());
		IssuerProfile profile = profiles.of(unitId);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", ProfileForm.of(profile));
		}
		if (!model.containsAttribute("termForm")) {
			model.addAttribute("termForm", new TermForm(null, null, null));
		}
		model.addAttribute("unitId", unitId.value());
		model.addAttribute("unitName", profiles.unitName(unitId));
		model.addAttribute("profileSaved", profile.saved());
		model.addAttribute("canManage", access.canManage(unitId));
		model.addAttribute("terms", terms.of(unitId));
		return "document/settings";
	}

	@PostMapping("/documents/settings/terms")
	String declare(@RequestParam long unit, @ModelAttribute TermForm form, RedirectAttributes redirect) {
		try {
			if (form.startsOn() == null) {
				throw new BusinessRuleException("document.error.termDates");
			}
			declareTerm.declare(new NewCommitteeTerm(new OrgUnitId(unit),
					form.name() == null ? "" : form.name(), form.startsOn(), form.endsOn()));
			redirect.addFlashAttribute("notice", "document.termDeclared");
		}
		catch (BusinessRuleException e) {
			problem(redirect, e);
			redirect.addFlashAttribute("termForm", form);
		}
		return "redirect:/documents/settings?unit=" + unit;
	}

	@PostMapping("/documents/settings/terms/{termId}/delete")
	String remove(@RequestParam long unit, @PathVariable long termId, RedirectAttributes redirect) {
		try {
			removeTerm.remove(new OrgUnitId(unit), termId);
			redirect.addFlashAttribute("notice", "document.termRemoved");
		}
		catch (BusinessRuleException e) {
			problem(redirect, e);
		}
		return "redirect:/documents/settings?unit=" + unit;
	}

	@PostMapping("/documents/settings/profile")
	String saveProfile(@RequestParam long unit, @ModelAttribute ProfileForm form, RedirectAttributes redirect) {
		try {
			saveProfile.save(new OrgUnitId(unit), form.profile(), form.expectedVersion());
			redirect.addFlashAttribute("notice", "document.profileSaved");
		}
		catch (BusinessRuleException e) {
			problem(redirect, e);
			redirect.addFlashAttribute("profileForm", form);
		}
		return "redirect:/documents/settings?unit=" + unit;
	}

	private static void problem(RedirectAttributes redirect, BusinessRuleException e) {
		redirect.addFlashAttribute("problem", e.messageKey());
		redirect.addFlashAttribute("problemArguments", e.arguments());
	}
}
