package vn.xdd.notification.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.xdd.notification.application.NotificationCentre;
import vn.xdd.notification.application.NoticeView;

/**
 * The notification centre: the list of the user's notices, newest first; opening one marks it
 * read and leads to the record; the unread count of the header, refreshed by htmx every minute.
 */
@Controller
class NotificationController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final NotificationCentre centre;

	private final Clock clock;

	NotificationController(NotificationCentre centre, Clock clock) {
		this.centre = centre;
		this.clock = clock;
	}

	/** One line of the centre. */
	record NoticeLine(long id, String kindKey, String text, String when, boolean read) {
	}

	@GetMapping("/notifications")
	String page(Model model, Locale locale) {
		List<NoticeLine> notices = centre.notices(locale).stream().map(this::line).toList();
		model.addAttribute("notices", notices);
		model.addAttribute("anyUnread", notices.stream().anyMatch(n -> !n.read()));
		return "notification/notifications";
	}

	@GetMapping("/notifications/badge")
	String badge(Model model) {
		model.addAttribute("unreadNotices", centre.unreadCount());
		return "notification/badge :: badge";
	}

	@GetMapping("/notifications/{id}/open")
	String open(@PathVariable long id, Locale locale) {
		return "redirect:" + safeLink(centre.open(id, locale).link());
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		centre.markAllRead();
		redirect.addFlashAttribute("notice", "notifications.allRead");
		return "redirect:/notifications";
	}

	/** Only a path of this application: a stored link never sends the user to another site. */
	static String safeLink(String link) {
		boolean local = link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\")
				&& link.chars().noneMatch(c -> c < 0x20);
		return local ? link : "/notifications";
	}

	private NoticeLine line(NoticeView notice) {
		return new NoticeLine(notice.id(), notice.kind().messageKey(), notice.text(),
				WHEN.format(notice.createdAt().atZone(clock.getZone())), notice.read());
	}
}
