package vn.xdd.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.xdd.audit.application.AuditTrail;
import vn.xdd.audit.application.AuditTrail.Line;
import vn.xdd.shared.AccessScope;

/**
 * The audit trail for the administrator of the installation, filtered by user, date range,
 * record type and action, newest first, a page at a time. An htmx request gets only the rows.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditTrail store;

	private final AccessScope scope;

	private final MessageSource messages;

	AuditController(AuditTrail store, AccessScope scope, MessageSource messages) {
		this.store = store;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String trail(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Long before, Model model, HttpServletRequest request,
			Locale locale) {
		if (!scope.isSystemAdministrator()) {
			throw new AccessDeniedException("system administrator only");
		}
		AuditTrail.Filter filter = new AuditTrail.Filter(actor, from, to, recordType, action);
		List<Line> lines = store.find(filter, before, PAGE_SIZE + 1, ZONE);
		boolean more = lines.size() > PAGE_SIZE;
		List<Line> page = more ? lines.subList(0, PAGE_SIZE) : lines;
		model.addAttribute("lines", page.stream().map(l -> new LineView(l, ZONE, text(l, locale))).toList());
		model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
		model.addAttribute("filter", filter);
		model.addAttribute("recordTypes", store.recordTypes());
		model.addAttribute("actions", store.actions());
		if ("true".equals(request.getHeader("HX-Request"))) {
			return "audit/trail :: results";
		}
		return "audit/trail";
	}

	/** What happened, in the reader's language where the line was described by a message; else its after-summary. */
	private @Nullable String text(Line line, Locale locale) {
		String key = line.messageKey();
		return key == null ? line.after() : messages.getMessage(key, line.arguments().toArray(), key, locale);
	}

	/** A line as the table shows it, with the time in Vietnam's zone and its text in the reader's language. */
	record LineView(long id, String time, @Nullable String actor, String action, String recordType,
			@Nullable String recordId, @Nullable String before, @Nullable String after, @Nullable String detail,
			@Nullable String remoteAddress) {

		LineView(Line l, ZoneId zone, @Nullable String after) {
			this(l.id(), l.occurredAt().atZoneSameInstant(zone).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")),
					l.actor(), l.action(), l.recordType(), l.recordId(), l.before(), after, l.detail(),
					l.remoteAddress());
		}
	}
}
