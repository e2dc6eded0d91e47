package vn.xdd.review.register.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.files.Attachments;
import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.HolderKind;
import vn.xdd.review.NewShortcoming;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.application.AddEvidence;
import vn.xdd.review.register.application.MoveShortcoming;
import vn.xdd.review.register.application.ReadRegister;
import vn.xdd.review.register.application.RecordShortcoming;
import vn.xdd.review.register.application.ShortcomingActions;
import vn.xdd.review.register.application.StoreEvidenceFiles;
import vn.xdd.review.register.domain.EvidenceRow;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * The shortcomings register for users: the list with its filters (the dashboard's numbers link
 * here), an item's page with its history, evidence and the actions the user may take, and the
 * form entering an item from an inspection, a supervision or a superior's comment.
 */
@Controller
@RequestMapping("/shortcomings")
class ShortcomingController {

	static final int PAGE_SIZE = 50;

	private final ReadRegister register;

	private final AccessScope scope;

	private final OrgUnits units;

	private final Attachments attachments;

	private final RecordShortcoming record;

	private final MoveShortcoming move;

	private final AddEvidence addEvidence;

	private final vn.xdd.organization.MemberRegistry members;

	ShortcomingController(ReadRegister register, AccessScope scope, OrgUnits units, Attachments attachments,
			RecordShortcoming record, MoveShortcoming move, AddEvidence addEvidence,
			vn.xdd.organization.MemberRegistry members) {
		this.members = members;
		this.register = register;
		this.scope = scope;
		this.units = units;
		this.attachments = attachments;
		this.record = record;
		this.move = move;
		this.addEvidence = addEvidence;
	}

	// The list --------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(defaultValue = "true") boolean subtree,
			@RequestParam(required = false) @Nullable ShortcomingStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Long campaign,
			@RequestParam(required = false) @Nullable Long member, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrgUnitId chosen = unit != null ? new OrgUnitId(unit)
				: scope.activeUnit().orElseThrow(() -> new NotFoundException("ORG_UNIT", "-"));
		int offset = Math.max(page, 0) * PAGE_SIZE;
		ReadRegister.Page found = register.list(new ReadRegister.Listing(chosen, subtree, status, overdue, tag,
				campaign, member, q), offset, PAGE_SIZE);
		List<ShortcomingRow> rows = found.rows();
		long total = found.total();
		Map<String, String> tagLabels = register.tagLabels();
		model.addAttribute("rows", found.summaries().stream().map(s -> ShortcomingViews.row(s, tagLabels)).toList());
		model.addAttribute("total", total);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("hasNext", offset + rows.size() < total);
		model.addAttribute("unit", chosen.value());
		model.addAttribute("unitName", units.find(chosen).map(OrgUnitSummary::name).orElse("?"));
		model.addAttribute("subtree", subtree);
		model.addAttribute("status", status == null ? "" : status.name());
		model.addAttribute("overdue", overdue);
		model.addAttribute("tag", tag == null ? "" : tag);
		model.addAttribute("campaign", campaign);
		model.addAttribute("member", member);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("statuses", ShortcomingStatus.values());
		model.addAttribute("tagOptions", register.activeTags()
			.stream()
			.map(t -> new ShortcomingViews.Option(t.code(), t.code() + " — " + t.label()))
			.toList());
		model.addAttribute("unitOptions", unitOptions());
		model.addAttribute("canRecord", register.mayRecord(chosen));
		return "review/shortcomings";
	}

	// One item ----------------------------------------------------------------------------------

	@GetMapping("/{id}")
	String item(@PathVariable long id, Model model) {
		ReadRegister.Item item = register.item(id);
		ShortcomingRow row = item.row();
		Map<String, String> tagLabels = register.tagLabels();
		model.addAttribute("item", ShortcomingViews.row(item.summary(), tagLabels));
		model.addAttribute("row", row);
		model.addAttribute("deadline", ShortcomingViews.format(row.deadline()));
		model.addAttribute("recordedAt", ShortcomingViews.TIME.format(row.recordedAt()));
		model.addAttribute("holderUnitName", unitName(row.holderUnitId()));
		model.addAttribute("history", register.history(item).stream().map(h -> new ShortcomingViews.HistoryLine(
				ShortcomingViews.TIME.format(h.at()), h.by(), h.kind(),
				h.fromStatus() == null ? null : ShortcomingStatus.valueOf(h.fromStatus()).messageKey(),
				h.toStatus() == null ? null : ShortcomingStatus.valueOf(h.toStatus()).messageKey(), h.note(),
				h.fromUnit() == null ? null : unitName(h.fromUnit()), h.toUnit() == null ? null : unitName(h.toUnit()),
				h.reviewId())).toList());
		List<EvidenceRow> evidence = register.evidence(item);
		Map<FileId, StoredFile> files = new java.util.HashMap<>();
		attachments.findAll(evidence.stream().map(EvidenceRow::attachmentId)
			.filter(Objects::nonNull).map(FileId::new).toList()).forEach(f -> files.put(f.id(), f));
		model.addAttribute("evidence", evidence.stream().map(e -> {
			StoredFile file = e.attachmentId() == null ? null : files.get(new FileId(e.attachmentId()));
			return new ShortcomingViews.EvidenceLine(ShortcomingViews.TIME.format(e.at()), e.by(), e.note(),
					e.attachmentId(), file == null ? null : file.fileName(), file == null ? null : file.sha256());
		}).toList());
		ShortcomingActions actions = register.actions(item);
		model.addAttribute("canStart", actions.start());
		model.addAttribute("canReport", actions.report());
		model.addAttribute("canAddEvidence", actions.addEvidence());
		model.addAttribute("canVerify", actions.verify());
		model.addAttribute("canReturn", actions.returnItem());
		model.addAttribute("canClose", actions.close());
		model.addAttribute("awaitingUpperLevel", actions.awaitingUpperLevel());
		return "review/shortcoming";
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.started", () -> move.move(id, ShortcomingStatus.IN_PROGRESS, version, note, List.of()));
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.reported", () -> move.moveWithUploads(id, ShortcomingStatus.REPORTED, version, note, uploads(files)));
	}

	@PostMapping("/{id}/evidence")
	String evidence(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.evidenceAdded", () -> addEvidence.addUploads(id, note, uploads(files)));
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.verified", () -> move.move(id, ShortcomingStatus.VERIFIED, version, note, List.of()));
	}

	@PostMapping("/{id}/return")
	String returnItem(@PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.returned", () -> move.move(id, ShortcomingStatus.RETURNED, version, reason, List.of()));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "shortcoming.closed", () -> move.move(id, ShortcomingStatus.CLOSED, version, note, List.of()));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
		}
		return "redirect:/shortcomings/" + id;
	}

	/** The uploaded files (an empty file input sends one nameless empty part: left out). */
	static List<StoreEvidenceFiles.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<StoreEvidenceFiles.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename();
			if (file.isEmpty() && (name == null || name.isBlank())) {
				continue;
			}
			try {
				uploads.add(new StoreEvidenceFiles.Upload(Objects.requireNonNullElse(name, "tep"), file.getBytes()));
			}
			catch (IOException e) {
				throw new BusinessRuleException("files.unreadable", name);
			}
		}
		return uploads;
	}

	// Entering an item --------------------------------------------------------------------------

	@GetMapping("/new")
	String newItem(@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long member, Model model) {
		ShortcomingForm form = model.containsAttribute("form")
				? (ShortcomingForm) Objects.requireNonNull(model.getAttribute("form")) : new ShortcomingForm();
		if (!model.containsAttribute("form")) {
			form.setHolderUnitId(unit != null ? unit : scope.activeUnit().map(OrgUnitId::value).orElse(null));
			if (member != null) {
				form.setHolderMemberId(member);
				form.setHolderKind(HolderKind.MEMBER.name());
				// The member's chapter, which holds an individual's item.
				members.chapterOf(new MemberId(member)).ifPresent(chapter -> form.setHolderUnitId(chapter.value()));
			}
		}
		model.addAttribute("form", form);
		formChoices(model);
		return "review/shortcoming-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") ShortcomingForm form, RedirectAttributes redirect, Model model) {
		try {
			if (form.getHolderUnitId() == null) {
				throw new BusinessRuleException("shortcoming.error.holderRequired");
			}
			HolderKind kind = HolderKind.valueOf(form.getHolderKind());
			MemberId member = kind == HolderKind.MEMBER && form.getHolderMemberId() != null
					? new MemberId(form.getHolderMemberId()) : null;
			if (kind == HolderKind.MEMBER && member == null) {
				throw new BusinessRuleException("shortcoming.error.memberRequired");
			}
			long id = record.record(new NewShortcoming(form.getSourceKind(), form.getSourceRef(), null, null, kind,
					new OrgUnitId(form.getHolderUnitId()), member, form.getText(), form.getTags(), form.getCause(),
					form.getResponsibility(), form.getRemedy(), form.getDeadline(), form.getAnswerable())).value();
			redirect.addFlashAttribute("notice", "shortcoming.recorded.notice");
			return "redirect:/shortcomings/" + id;
		}
		catch (BusinessRuleException e) {
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
			formChoices(model);
			return "review/shortcoming-form";
		}
	}

	private void formChoices(Model model) {
		model.addAttribute("unitOptions", unitOptions());
		model.addAttribute("tagGroups", register.activeTags());
		model.addAttribute("sourceKinds", List.of("INSPECTION", "SUPERVISION", "SUPERIOR_COMMENT", "REVIEW"));
		model.addAttribute("holderKinds", HolderKind.values());
		model.addAttribute("causes", List.of("OBJECTIVE", "SUBJECTIVE", "BOTH"));
		model.addAttribute("responsibilities", List.of("COLLECTIVE", "INDIVIDUAL", "HEAD"));
	}

	private List<ShortcomingViews.Option> unitOptions() {
		return units.subtrees(scope.grantRoots())
			.stream()
			.map(u -> new ShortcomingViews.Option(Long.toString(u.id().value()), "\u00a0\u00a0".repeat(u.depth()) + u.name()))
			.toList();
	}

	private String unitName(long id) {
		return units.find(new OrgUnitId(id)).map(OrgUnitSummary::name).orElse("?");
	}
}
