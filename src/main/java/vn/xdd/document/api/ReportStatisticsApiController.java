package vn.xdd.document.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.document.report.ReportDocumentSource;
import vn.xdd.document.ReportDraft;
import vn.xdd.document.report.StatisticsWorkbook;
import vn.xdd.document.report.application.ReportDrafts;

/** The statistics of a results report as an Excel file, for other systems. */
@RestController
class ReportStatisticsApiController {

	private final ReportDrafts drafts;

	private final ReportDocumentSource source;

	ReportStatisticsApiController(ReportDrafts drafts, ReportDocumentSource source) {
		this.drafts = drafts;
		this.source = source;
	}

	@GetMapping("/api/v1/documents/reports/{id}/statistics.xlsx")
	ResponseEntity<byte[]> statistics(@PathVariable long id) {
		ReportDraft draft = drafts.get(id);
		byte[] xlsx = StatisticsWorkbook.xlsx(StatisticsWorkbook.title(drafts.unitName(draft.unit()), draft),
				source.figures(draft));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("thong-ke-khac-phuc-" + id + ".xlsx").build().toString())
			.body(xlsx);
	}
}
