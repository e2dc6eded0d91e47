package vn.xdd.organization.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.xdd.organization.application.Pickers;

/**
 * The candidates of the picker (templates/fragments/picker.html) as an htmx fragment: members or
 * units whose name matches what was typed, each a button that fills the picker's hidden input.
 */
@Controller
class PickerController {

	private final Pickers pickers;

	private final Clock clock;

	PickerController(Pickers pickers, Clock clock) {
		this.pickers = pickers;
		this.clock = clock;
	}

	@GetMapping("/pick/members")
	String members(@RequestParam(defaultValue = "") String q, @RequestParam String field, HttpServletRequest request,
			Model model) {
		model.addAttribute("candidates", pickers.members(limit(typed(q, field, request))));
		model.addAttribute("field", field);
		return "fragments/picker :: candidates";
	}

	@GetMapping("/pick/units")
	String units(@RequestParam(defaultValue = "") String q, @RequestParam String field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			HttpServletRequest request, Model model) {
		model.addAttribute("candidates",
				pickers.units(limit(typed(q, field, request)), on == null ? LocalDate.now(clock) : on));
		model.addAttribute("field", field);
		return "fragments/picker :: candidates";
	}

	/** What was typed: {@code q}, or the picker's own text input ({@code <field>Text}), which htmx sends. */
	private static String typed(String q, String field, HttpServletRequest request) {
		if (!q.isBlank()) {
			return q;
		}
		String text = request.getParameter(field + "Text");
		return text == null ? "" : text;
	}

	private static String limit(String q) {
		return q.length() > 100 ? q.substring(0, 100) : q;
	}
}
