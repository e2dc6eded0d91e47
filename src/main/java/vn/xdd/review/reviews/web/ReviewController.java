package vn.xdd.review.reviews.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.files.Attachments;
import vn.xdd.files.StoredFile;
import vn.xdd.organization.MemberId;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.ReviewContent;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.reviews.application.EditReview;
import vn.xdd.review.reviews.application.OpenReview;
import vn.xdd.review.reviews.application.ReadReview;
import vn.xdd.review.reviews.application.RecordReview;
import vn.xdd.review.reviews.application.ReviewAccess;
import vn.xdd.review.reviews.application.ReviewSubject;
import vn.xdd.review.reviews.application.SubmitReview;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The review of a collective or a member in a campaign: the form that records it (strengths, new
 * shortcomings, results of remedying earlier ones, the signed file), the draft's page where it is
 * changed and submitted, and the submitted review read-only.
 */
@Controller
class ReviewController {

	/** An item of the register shown on the review. */
	record ItemView(long id, String text, String statusKey, @Nullable LocalDate deadline, String remedy,
			List<String> tags, @Nullable String cause, @Nullable String responsibility, boolean overdue) {
	}

	private static final List<String> CAUSES = List.of("OBJECTIVE", "SUBJECTIVE", "BOTH");

	private static final List<String> RESPONSIBILITIES = List.of("COLLECTIVE", "INDIVIDUAL", "HEAD");

	private final CampaignAccess campaigns;

	private final ReviewAccess access;

	private final RecordReview recordReview;

	private final EditReview editReview;

	private final SubmitReview submitReview;

	private final OpenReview openReview;

	private final ReadReview read;

	private final Attachments attachments;

	private final java.time.Clock clock;

	ReviewController(CampaignAccess campaigns, ReviewAccess access, RecordReview recordReview, EditReview editReview,
			SubmitReview submitReview, OpenReview openReview, ReadReview read, Attachments attachments,
			java.time.Clock clock) {
		this.campaigns = campaigns;
		this.access = access;
		this.recordReview = recordReview;
		this.editReview = editReview;
		this.submitReview = submitReview;
		this.openReview = openReview;
		this.read = read;
		this.attachments = attachments;
		this.clock = clock;
	}

	@GetMapping("/campaigns/{id}/reviews/new")
	String newForm(@PathVariable long id, @RequestParam HolderKind kind, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long member, Model model) {
		CampaignRecord campaign = campaigns.requireVisible(new CampaignId(id));
		ReviewSubject subject = access.resolve(campaign, kind, unit == null ? null : new OrgUnitId(unit),
				member == null ? null : new MemberId(member));
		var existing = read.existing(campaign.id(), subject);
		if (existing.isPresent()) {
			return "redirect:/reviews/" + existing.get();
		}
		access.requireRecord(subject.unit());
		ReviewForm form = new ReviewForm();
		return page(campaign, subject, null, form, true, model);
	}

	@PostMapping("/campaigns/{id}/reviews")
	String create(@PathVariable long id, @RequestParam HolderKind kind, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Long member, @ModelAttribute("form") ReviewForm form,
			@RequestParam(name = "signedFile", required = false) @Nullable MultipartFile signedFile, Model model,
			RedirectAttributes redirect) {
		try {
			long reviewId = recordReview.record(new CampaignId(id), kind, unit == null ? null : new OrgUnitId(unit),
					member == null ? null : new MemberId(member), content(form, signedFile)).value();
			redirect.addFlashAttribute("notice", "review.saved");
			return "redirect:/reviews/" + reviewId;
		}
		catch (BusinessRuleException e) {
			CampaignRecord campaign = campaigns.requireVisible(new CampaignId(id));
			ReviewSubject subject = access.resolve(campaign, kind, unit == null ? null : new OrgUnitId(unit),
					member == null ? null : new MemberId(member));
			problem(model, e);
			return page(campaign, subject, null, form, true, model);
		}
	}

	@GetMapping("/reviews/{id}")
	String show(@PathVariable long id, Model model) {
		OpenReview.Opened opened = openReview.open(id);
		ReviewForm form = new ReviewForm();
		form.setStrengths(opened.review().strengths());
		form.setVersion(opened.review().version());
		return page(opened.campaign(), opened.subject(), opened.review(), form, opened.editable(), model);
	}

	@PostMapping("/reviews/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ReviewForm form,
			@RequestParam(name = "signedFile", required = false) @Nullable MultipartFile signedFile, Model model,
			RedirectAttributes redirect) {
		try {
			editReview.edit(id, form.getVersion(), content(form, signedFile));
			redirect.addFlashAttribute("notice", "review.saved");
			return "redirect:/reviews/" + id;
		}
		catch (BusinessRuleException e) {
			OpenReview.Opened opened = openReview.open(id);
			problem(model, e);
			return page(opened.campaign(), opened.subject(), opened.review(), form, opened.editable(), model);
		}
	}

	@PostMapping("/reviews/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			submitReview.submit(new vn.xdd.review.ReviewId(id), version);
			redirect.addFlashAttribute("notice", "review.submittedNotice");
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
		}
		return "redirect:/reviews/" + id;
	}

	private static void problem(Model model, BusinessRuleException e) {
		model.addAttribute("problem", e.messageKey());
		model.addAttribute("problemArguments", e.arguments());
	}

	private String page(CampaignRecord campaign, ReviewSubject subject, @Nullable ReviewRecord review, ReviewForm form,
			boolean editable, Model model) {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> labels = read.tagLabels();
		List<ItemView> own = review == null ? List.of()
				: read.itemsOf(review).stream().map(r -> view(r, labels, today)).toList();
		List<ItemView> earlier = read.earlierItems(subject, review).stream().map(r -> view(r, labels, today)).toList();
		if (editable) {
			List<ReviewForm.Item> items = new ArrayList<>(form.getItems().stream().filter(i -> !i.blank()).toList());
			for (int i = 0; i < ReviewForm.BLANK_ITEMS; i++) {
				items.add(new ReviewForm.Item());
			}
			form.setItems(items);
			List<ReviewForm.Update> updates = new ArrayList<>();
			for (ItemView e : earlier) {
				ReviewForm.Update u = form.getUpdates().stream().filter(x -> x.getId() == e.id()).findFirst()
					.orElseGet(ReviewForm.Update::new);
				u.setId(e.id());
				updates.add(u);
			}
			form.setUpdates(updates);
		}
		StoredFile signed = review == null || review.signedFile() == null ? null
				: attachments.find(review.signedFile()).orElse(null);
		model.addAttribute("campaign", campaign);
		model.addAttribute("subject", subject);
		model.addAttribute("review", review);
		model.addAttribute("form", form);
		model.addAttribute("editable", editable);
		model.addAttribute("ownItems", own);
		model.addAttribute("earlierItems", earlier);
		model.addAttribute("signedFile", signed);
		model.addAttribute("tags", read.tags(campaign));
		model.addAttribute("causes", CAUSES);
		model.addAttribute("responsibilities", RESPONSIBILITIES);
		return "review/review";
	}

	private static ItemView view(ShortcomingRow r, Map<String, String> labels, LocalDate today) {
		boolean overdue = r.deadline() != null && r.deadline().isBefore(today) && r.status().unresolved();
		return new ItemView(r.id(), r.text(), r.status().messageKey(), r.deadline(), r.remedy(),
				r.tags().stream().map(t -> labels.getOrDefault(t, t)).toList(), r.cause(), r.responsibility(), overdue);
	}

	private static ReviewContent content(ReviewForm form, @Nullable MultipartFile signedFile) {
		List<ReviewContent.NewItem> items = form.getItems()
			.stream()
			.filter(i -> !i.blank())
			.map(i -> new ReviewContent.NewItem(i.getText(), i.getTags(), blankToNull(i.getCause()),
					blankToNull(i.getResponsibility()), i.getRemedy(), i.getDeadline(), blankToNull(i.getAnswerable())))
			.toList();
		List<ReviewContent.RemedyResult> results = new ArrayList<>();
		for (ReviewForm.Update u : form.getUpdates()) {
			String status = blankToNull(u.getStatus());
			if (status != null) {
				ShortcomingStatus s;
				try {
					s = ShortcomingStatus.valueOf(status);
				}
				catch (IllegalArgumentException e) {
					throw new BusinessRuleException("shortcoming.error.reviewUpdate");
				}
				results.add(new ReviewContent.RemedyResult(new ShortcomingId(u.getId()), s, u.getNote()));
			}
		}
		ReviewContent.SignedFile file = null;
		if (signedFile != null && !signedFile.isEmpty()) {
			try {
				file = new ReviewContent.SignedFile(
						signedFile.getOriginalFilename() == null ? "kiem-diem" : signedFile.getOriginalFilename(),
						signedFile.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new ReviewContent(form.getStrengths(), items, results, file);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
