package vn.xdd.classification.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.xdd.classification.application.ClassificationQueries;
import vn.xdd.classification.application.ImportPastResults;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.Downloads;
import vn.xdd.shared.OrgUnitId;

/**
 * The import of earlier years' results from a spreadsheet, for the organisation board of a unit:
 * the template, then one upload that lists each row's outcome and imports the file only when every
 * row passes.
 */
@Controller
@RequestMapping("/classification/import")
class PastResultImportController {

	private final ImportPastResults importing;

	private final ClassificationQueries queries;

	PastResultImportController(ImportPastResults importing, ClassificationQueries queries) {
		this.importing = importing;
		this.queries = queries;
	}

	@GetMapping
	String page(@RequestParam(name = "unit", required = false) @Nullable Long unit, Model model) {
		model.addAttribute("importer", importing.importer(queries.unitOrDefault(unit)));
		return "classification/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("mau-nhap-ket-qua-xep-loai.xlsx"))
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(importing.template(locale));
	}

	/** Checks every row of the file and, when all pass, imports them; the page lists each row's outcome. */
	@PostMapping
	String upload(@RequestParam(name = "unit", required = false) @Nullable Long unit,
			@RequestParam("file") MultipartFile file, Model model, Locale locale, HttpServletResponse response)
			throws IOException {
		OrgUnitId id = queries.unitOrDefault(unit);
		model.addAttribute("importer", importing.importer(id));
		try {
			ImportPastResults.Report report = importing.run(file.getBytes(), id, locale);
			model.addAttribute("report", report);
			if (!report.imported()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		catch (BusinessRuleException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArguments", e.arguments());
		}
		return "classification/import";
	}
}
