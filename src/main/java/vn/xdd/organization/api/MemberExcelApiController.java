package vn.xdd.organization.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.xdd.organization.application.ExportMembers;
import vn.xdd.organization.application.ImportMembers;
import vn.xdd.organization.application.ImportProgress;
import vn.xdd.organization.application.ImportReport;
import vn.xdd.organization.application.ImportResult;
import vn.xdd.organization.application.ImportUploads;
import vn.xdd.organization.application.MemberAccess;
import vn.xdd.organization.application.MemberFileTooLarge;
import vn.xdd.organization.application.MemberImportRejected;
import vn.xdd.organization.application.MemberListQuery;

/** Excel import and export of party members for scripts and other systems. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Đảng viên – Excel", description = "Nhập danh sách đảng viên từ tệp Excel theo mẫu và xuất danh sách ra Excel")
class MemberExcelApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ImportMembers importMembers;

	private final ExportMembers exportMembers;

	private final ImportUploads uploads;

	private final MemberAccess access;

	private final MessageSource messages;

	MemberExcelApiController(ImportMembers importMembers, ExportMembers exportMembers, ImportUploads uploads,
			MemberAccess access, MessageSource messages) {
		this.importMembers = importMembers;
		this.exportMembers = exportMembers;
		this.uploads = uploads;
		this.access = access;
		this.messages = messages;
	}

	/** A problem of a row: its number in Excel, the column's Vietnamese header, the reason. */
	record RowErrorJson(int row, @Nullable String field, @Nullable String column, String message) {
	}

	/** A field an update changes. */
	record ChangeJson(String field, String column, @Nullable String before, @Nullable String after) {
	}

	/** What a row does: CREATE, UPDATE or UNCHANGED. */
	record RowJson(int row, String fullName, String action, List<ChangeJson> changes) {
	}

	record ReportJson(long rows, long toCreate, long toUpdate, long unchanged, long errorCount,
			List<RowErrorJson> errors, List<RowJson> outcomes) {
	}

	record ResultJson(long rows, long created, long updated, long unchanged) {
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập đảng viên từ tệp .xlsx theo mẫu",
			description = "Với dryRun=true chỉ kiểm tra và trả về báo cáo: số dòng, số thêm mới, số cập nhật, các lỗi theo dòng và cột. "
					+ "Không có dryRun: nhập trong một giao dịch — hoặc tất cả các dòng, hoặc không dòng nào; có dòng lỗi thì trả 400 kèm danh sách lỗi. "
					+ "Đảng viên đã có (trùng số thẻ hoặc số CCCD) được cập nhật.")
	Object importFile(@Parameter(description = "Tệp .xlsx theo mẫu") @RequestParam("file") MultipartFile file,
			@Parameter(description = "Chỉ kiểm tra, không lưu") @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		if (!access.canEditAnywhere()) {
			throw new AccessDeniedException("member import");
		}
		if (file.getSize() > uploads.maxBytes()) {
			throw new MemberFileTooLarge(uploads.maxMegabytes());
		}
		Path stored = uploads.store(file.getInputStream());
		try {
			if (dryRun) {
				return report(importMembers.check(stored, ImportProgress.none()));
			}
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			ImportResult result = importMembers.run(stored, name, ImportProgress.none());
			return new ResultJson(result.rows(), result.created(), result.updated(), result.unchanged());
		}
		finally {
			uploads.delete(stored);
		}
	}

	@GetMapping("/export")
	@Operation(summary = "Xuất danh sách đảng viên ra .xlsx",
			description = "Cùng bộ lọc với danh sách đảng viên; cùng các cột với tệp mẫu, nên tệp xuất nhập lại được. "
					+ "Mỗi lần xuất được ghi vào nhật ký.")
	void export(@ParameterObject @ModelAttribute MemberListQuery.Params params, HttpServletResponse response)
			throws IOException {
		ExportMembers.Plan plan = exportMembers.plan(params);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, plan.contentDisposition());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exportMembers.write(plan, response.getOutputStream());
	}

	/** A file over the limit: 413, as for an upload the server itself refuses. */
	@ExceptionHandler(MemberFileTooLarge.class)
	ProblemDetail tooLarge(MemberFileTooLarge e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage(e.messageKey(), e.arguments(), VIETNAMESE));
	}

	/** Invalid rows: 400 with every problem, by row and column; nothing was saved. */
	@ExceptionHandler(MemberImportRejected.class)
	ProblemDetail rejected(MemberImportRejected e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), e.arguments(), VIETNAMESE));
		ReportJson report = report(e.report());
		problem.setProperty("errorCount", report.errorCount());
		problem.setProperty("errors", report.errors());
		return problem;
	}

	private ReportJson report(ImportReport report) {
		List<RowErrorJson> errors = report.errors()
			.stream()
			.map(p -> new RowErrorJson(p.row(), p.column() == null ? null : p.column().name(),
					p.column() == null ? null : messages.getMessage(p.column().messageKey(), null, VIETNAMESE),
					messages.getMessage(p.messageKey(), p.arguments(), VIETNAMESE)))
			.toList();
		List<RowJson> outcomes = report.outcomes()
			.stream()
			.map(o -> new RowJson(o.row(), o.fullName(), o.action().name(),
					o.changes()
						.stream()
						.map(c -> new ChangeJson(c.field().name(), messages.getMessage(c.field().messageKey(), null, VIETNAMESE),
								text(c.before()), text(c.after())))
						.toList()))
			.toList();
		return new ReportJson(report.rows(), report.toCreate(), report.toUpdate(), report.unchanged(),
				report.errorCount(), errors, outcomes);
	}

	private @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof vn.xdd.organization.Sex sex) {
			return messages.getMessage(sex.messageKey(), null, VIETNAMESE);
		}
		if (value instanceof vn.xdd.organization.PoliticalTheory theory) {
			return messages.getMessage(theory.messageKey(), null, VIETNAMESE);
		}
		return value.toString();
	}
}
