package vn.xdd.organization.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.xdd.organization.application.ExportMembers;
import vn.xdd.organization.application.MemberListQuery;

/** The member list as an Excel file: the list page's filters, its order, the template's columns. */
@Controller
class MemberExportController {

	private final ExportMembers exportMembers;

	MemberExportController(ExportMembers exportMembers) {
		this.exportMembers = exportMembers;
	}

	@GetMapping("/members/export")
	void export(@ModelAttribute MemberListQuery.Params params, HttpServletResponse response) throws IOException {
		ExportMembers.Plan plan = exportMembers.plan(params);
		response.setContentType(MemberImportController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, plan.contentDisposition());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exportMembers.write(plan, response.getOutputStream());
	}
}
