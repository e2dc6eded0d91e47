package vn.xdd.organization.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
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

import vn.xdd.organization.application.ExportMembers;
import vn.xdd.organization.application.ImportUploads;
import vn.xdd.organization.application.MemberAccess;
import vn.xdd.organization.application.MemberFileTooLarge;
import vn.xdd.organization.application.MemberImportJobs;
import vn.xdd.organization.application.MemberImportJobs.Job;
import vn.xdd.organization.excel.MemberWorkbookWriter;
import vn.xdd.shared.BusinessRuleException;

/**
 * The Excel import of members, in two steps: upload (the file is checked row by row in the
 * background, with a progress bar), then confirm (the import runs in one transaction, all rows or
 * none). The job page polls its own progress with htmx; without JavaScript a link reloads it.
 */
@Controller
@RequestMapping("/members/import")
class MemberImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** How long an upload or a confirmation waits for its job, so that small files need no polling. */
	static final Duration BRIEF_WAIT = Duration.ofSeconds(2);

	private final MemberImportJobs jobs;

	private final ImportUploads uploads;

	private final MemberAccess access;

	private final MemberWorkbookWriter writer;

	private final MessageSource messages;

	MemberImportController(MemberImportJobs jobs, ImportUploads uploads, MemberAccess access,
			MemberWorkbookWriter writer, MessageSource messages) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.access = access;
		this.writer = writer;
		this.messages = messages;
	}

	/** The upload form; {@code ?tooLarge} after a file the server's upload limit refused. */
	@GetMapping
	String form(@RequestParam(required = false) @Nullable String tooLarge, Model model) {
		requireEditor();
		if (tooLarge != null) {
			return refused(model, new MemberFileTooLarge(uploads.maxMegabytes()));
		}
		return page(model);
	}

	@PostMapping
	String upload(@ModelAttribute("form") MemberImportForm form, Model model) throws IOException {
		requireEditor();
		MultipartFile file = form.getFile();
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return refused(model, new BusinessRuleException("member.import.error.noFile"));
		}
		if (file.getSize() > uploads.maxBytes()) {
			return refused(model, new MemberFileTooLarge(uploads.maxMegabytes()));
		}
		Job job;
		try {
			job = jobs.upload(file.getInputStream(), file.getOriginalFilename());
		}
		catch (BusinessRuleException e) {
			return refused(model, e);
		}
		jobs.awaitBriefly(job, BRIEF_WAIT);
		return "redirect:/members/import/" + job.id();
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		if (!access.canReadAnywhere()) {
			throw new AccessDeniedException("member template");
		}
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ExportMembers.contentDisposition("mau-nhap-dang-vien.xlsx", "mẫu-nhập-đảng-viên.xlsx"));
		writer.writeTemplate(response.getOutputStream());
	}

	@GetMapping("/{id}")
	String job(@PathVariable String id, Model model, HttpServletRequest request, Locale locale) {
		requireEditor();
		Job job = jobs.find(id);
		model.addAttribute("job", MemberImportViews.job(job, messages, locale));
		if ("true".equals(request.getHeader("HX-Request"))) {
			model.addAttribute("maxMegabytes", uploads.maxMegabytes());
			return "organization/member-import :: job";
		}
		return page(model);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable String id, RedirectAttributes redirect) {
		requireEditor();
		try {
			Job job = jobs.confirm(id);
			jobs.awaitBriefly(job, BRIEF_WAIT);
		}
		catch (BusinessRuleException e) {
			redirect.addFlashAttribute("problem", e.messageKey());
			redirect.addFlashAttribute("problemArguments", e.arguments());
		}
		return "redirect:/members/import/" + id;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String id, RedirectAttributes redirect) {
		requireEditor();
		jobs.cancel(id);
		redirect.addFlashAttribute("notice", "member.import.cancelled");
		return "redirect:/members/import";
	}

	private String refused(Model model, BusinessRuleException e) {
		model.addAttribute("problem", e.messageKey());
		model.addAttribute("problemArguments", e.arguments());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("maxMegabytes", uploads.maxMegabytes());
		return "organization/member-import";
	}

	private void requireEditor() {
		if (!access.canEditAnywhere()) {
			throw new AccessDeniedException("member import");
		}
	}
}
