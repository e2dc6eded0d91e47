package vn.xdd.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.PositionKind;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.ChangeMemberStatus;
import vn.xdd.organization.application.ListMembers;
import vn.xdd.organization.application.ManagePositions;
import vn.xdd.organization.application.MemberAccess;
import vn.xdd.organization.application.MemberFormChoices;
import vn.xdd.organization.application.MemberListQuery;
import vn.xdd.organization.application.MemberRecordInvalid;
import vn.xdd.organization.application.OpenMemberRecord;
import vn.xdd.organization.application.RegisterMember;
import vn.xdd.organization.application.TransferMember;
import vn.xdd.organization.application.UpdateMember;
import vn.xdd.organization.domain.Violation;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * The member registry for users: the list of a unit's members with filters and paging, a member's
 * record with its history and the forms that change it, and the record form (new, edit). An htmx
 * request for the list gets only its results; everything works without JavaScript.
 */
@Controller
@RequestMapping("/members")
class MemberController {

	private final ListMembers listMembers;

	private final OpenMemberRecord openRecord;

	private final RegisterMember registerMember;

	private final UpdateMember updateMember;

	private final ChangeMemberStatus changeStatus;

	private final TransferMember transferMember;

	private final ManagePositions positions;

	private final MemberFormChoices choices;

	private final MemberAccess access;

	private final Clock clock;

	MemberController(ListMembers listMembers, OpenMemberRecord openRecord, RegisterMember registerMember,
			UpdateMember updateMember, ChangeMemberStatus changeStatus, TransferMember transferMember,
			ManagePositions positions, MemberFormChoices choices, MemberAccess access,
			Clock clock) {
		this.listMembers = listMembers;
		this.openRecord = openRecord;
		this.registerMember = registerMember;
		this.updateMember = updateMember;
		this.changeStatus = changeStatus;
		this.transferMember = transferMember;
		this.positions = positions;
		this.choices = choices;
		this.access = access;
		this.clock = clock;
	}

	// The list ----------------------------------------------------------------------------------

	@GetMapping
	String list(@ModelAttribute("filter") MemberFilterForm filter, BindingResult ignoredUnreadableValues, Model model,
			HttpServletRequest request) {
		Integer size = filter.getSize();
		ListMembers.Result result = listMembers.list(filter.params(), filter.getCursor(),
				size == null ? ListMembers.DEFAULT_PAGE_SIZE : size);
		filter.setUnit(result.unit().value());
		boolean fragment = "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
		ListMembers.Options options = fragment ? null : listMembers.options(result.unit());
		if (options != null && !options.sensitiveVisible()) {
			filter.setEthnicity(null);
		}
		LocalDate today = LocalDate.now(clock);
		List<MemberViews.RowView> rows = result.rows().stream().map(r -> MemberViews.RowView.of(r, today)).toList();
		model.addAttribute("list", new MemberViews.ListView(result.unitName(), rows, result.total(),
				result.next() == null ? null : filter.link("/members", result.next()),
				filter.getCursor() == null || filter.getCursor().isBlank() ? null : filter.link("/members", null),
				filter.link("/members/export", null)));
		if (fragment || options == null) {
			return "organization/members :: results";
		}
		model.addAttribute("unitOptions", options.units().stream().map(MemberViews.UnitOption::of).toList());
		model.addAttribute("statuses", MemberStatus.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ageBands", MemberListQuery.AgeBand.values());
		model.addAttribute("theories", PoliticalTheory.values());
		model.addAttribute("titles", options.titles());
		model.addAttribute("ethnicities", options.ethnicities());
		model.addAttribute("sensitiveVisible", options.sensitiveVisible());
		model.addAttribute("canRegister", options.canRegister());
		return "organization/members";
	}

	// A member's page ---------------------------------------------------------------------------

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		OpenMemberRecord.Opened opened = openRecord.open(id);
		model.addAttribute("member", MemberViews.RecordView.of(opened));
		if (opened.editable()) {
			if (!model.containsAttribute("statusForm")) {
				model.addAttribute("statusForm", new StatusForm());
			}
			if (!model.containsAttribute("transferForm")) {
				model.addAttribute("transferForm", new TransferForm());
			}
			if (!model.containsAttribute("positionForm")) {
				PositionForm position = new PositionForm();
				position.setUnitId(opened.member().unitId());
				position.setKind(PositionKind.PARTY);
				model.addAttribute("positionForm", position);
			}
			long current = opened.member().unitId();
			model.addAttribute("chapterOptions", choices.chapters()
				.stream()
				.filter(u -> u.id().value() != current)
				.map(MemberViews.UnitOption::of)
				.toList());
			model.addAttribute("returnChapterOptions",
					choices.chapters().stream().map(MemberViews.UnitOption::of).toList());
			model.addAttribute("positionUnitOptions",
					choices.positionUnits().stream().map(MemberViews.UnitOption::of).toList());
			model.addAttribute("kinds", PositionKind.values());
		}
		return "organization/member";
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute StatusForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors() || form.getStatus() == null || form.getFrom() == null) {
			return refused(id, redirect, "statusForm", form, new BusinessRuleException("member.form.statusIncomplete"));
		}
		try {
			changeStatus.change(id, form.getStatus(), form.getFrom(), blank(form.getDecisionRef()),
					blank(form.getNote()), form.getChapterId() == null ? null : new OrgUnitId(form.getChapterId()));
		}
		catch (BusinessRuleException e) {
			return refused(id, redirect, "statusForm", form, e);
		}
		redirect.addFlashAttribute("notice", "member.statusChanged");
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable long id, @ModelAttribute TransferForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors() || form.getChapterId() == null || form.getFrom() == null) {
			return refused(id, redirect, "transferForm", form,
					new BusinessRuleException("member.form.transferIncomplete"));
		}
		try {
			transferMember.transfer(id, new OrgUnitId(form.getChapterId()), form.getFrom(),
					blank(form.getDecisionRef()));
		}
		catch (BusinessRuleException e) {
			return refused(id, redirect, "transferForm", form, e);
		}
		redirect.addFlashAttribute("notice", "member.transferred");
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/positions")
	String assignPosition(@PathVariable long id, @ModelAttribute PositionForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors() || form.getUnitId() == null || form.getKind() == null || form.getFrom() == null
				|| form.getTitle() == null) {
			return refused(id, redirect, "positionForm", form,
					new BusinessRuleException("member.form.positionIncomplete"));
		}
		try {
			positions.assign(id, new OrgUnitId(form.getUnitId()), form.getTitle(), form.getKind(), form.getFrom(),
					blank(form.getDecisionRef()));
		}
		catch (BusinessRuleException e) {
			return refused(id, redirect, "positionForm", form, e);
		}
		redirect.addFlashAttribute("notice", "member.positionAssigned");
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	String endPosition(@PathVariable long id, @PathVariable long positionId, @ModelAttribute EndPositionForm form,
			BindingResult binding, RedirectAttributes redirect) {
		positions.requireHeldBy(id, positionId);
		if (binding.hasErrors() || form.getLastDay() == null) {
			return refused(id, redirect, "endPositionForm", form,
					new BusinessRuleException("member.form.endPositionIncomplete"));
		}
		try {
			positions.end(positionId, form.getLastDay());
		}
		catch (BusinessRuleException e) {
			return refused(id, redirect, "endPositionForm", form, e);
		}
		redirect.addFlashAttribute("notice", "member.positionEnded");
		return "redirect:/members/" + id;
	}

	/** Back to the member's page with the reason, and the values typed kept in the form. */
	private static String refused(long id, RedirectAttributes redirect, String formName, Object form,
			BusinessRuleException e) {
		redirect.addFlashAttribute("problem", e.messageKey());
		redirect.addFlashAttribute("problemArguments", e.arguments());
		redirect.addFlashAttribute(formName, form);
		return "redirect:/members/" + id;
	}

	// The record form ---------------------------------------------------------------------------

	@GetMapping("/new")
	String newMember(@RequestParam(required = false) @Nullable Long chapter, Model model) {
		requireRegistrar();
		MemberForm form = new MemberForm();
		form.setChapterId(chapter);
		model.addAttribute("form", form);
		return newPage(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireRegistrar();
		if (form.getChapterId() == null) {
			binding.rejectValue("chapterId", "member.error.required");
		}
		if (binding.hasErrors()) {
			return newPage(model);
		}
		try {
			long id = registerMember.register(form.record(), new OrgUnitId(java.util.Objects.requireNonNull(form.getChapterId())), form.getStatus(),
					blank(form.getDecisionRef()));
			redirect.addFlashAttribute("notice", "member.created");
			return "redirect:/members/" + id;
		}
		catch (BusinessRuleException e) {
			reject(binding, e);
			return newPage(model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OpenMemberRecord.Opened opened = openRecord.openForEdit(id);
		model.addAttribute("form", MemberForm.of(opened.member().record(), opened.member().version()));
		return editPage(model, opened);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				updateMember.update(id, form.record(), form.getVersion() == null ? -1 : form.getVersion());
				redirect.addFlashAttribute("notice", "member.updated");
				return "redirect:/members/" + id;
			}
			catch (OptimisticLockingFailureException e) {
				// What the user typed stays in the form; the version stays the one they started from.
				binding.reject("error.concurrentUpdate");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			catch (BusinessRuleException e) {
				reject(binding, e);
			}
		}
		OpenMemberRecord.Opened opened = openRecord.reopenAfterChange(id);
		if (!opened.editable()) {
			throw new PermissionDeniedException("member.error.notAllowed");
		}
		return editPage(model, opened);
	}

	private static void reject(BindingResult binding, BusinessRuleException e) {
		if (e instanceof MemberRecordInvalid invalid) {
			for (Violation v : invalid.violations()) {
				binding.rejectValue(MemberForm.property(v.field()), v.messageKey(), v.arguments(), v.messageKey());
			}
		}
		binding.reject(e.messageKey(), e.arguments(), e.messageKey());
	}

	private void requireRegistrar() {
		if (access.editableRoots().isEmpty()) {
			throw new AccessDeniedException("member registration");
		}
	}

	private String newPage(Model model) {
		formChoices(model);
		model.addAttribute("editing", false);
		model.addAttribute("sensitiveVisible", true);
		model.addAttribute("initialStatuses", List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL,
				MemberStatus.EXEMPTED, MemberStatus.SUSPENDED));
		model.addAttribute("chapterOptions", choices.chapters().stream().map(MemberViews.UnitOption::of).toList());
		return "organization/member-form";
	}

	private String editPage(Model model, OpenMemberRecord.Opened opened) {
		formChoices(model);
		model.addAttribute("editing", true);
		model.addAttribute("memberId", opened.member().id());
		model.addAttribute("memberName", opened.member().record().fullName());
		model.addAttribute("sensitiveVisible", opened.sensitiveVisible());
		return "organization/member-form";
	}

	private static void formChoices(Model model) {
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("theories", PoliticalTheory.values());
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
