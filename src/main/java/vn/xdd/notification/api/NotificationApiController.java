package vn.xdd.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.notification.application.NotificationCentre;
import vn.xdd.notification.application.NoticeView;

/** The caller's notices: the latest first, with the unread count; marking one read. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo", description = "Thông báo gửi đến người dùng hoặc đến chức danh của họ trong đơn vị")
class NotificationApiController {

	private final NotificationCentre centre;

	NotificationApiController(NotificationCentre centre) {
		this.centre = centre;
	}

	/** A notice as the API shows it. */
	record NoticeJson(long id, String kind, String text, String link, Instant createdAt, boolean read) {

		static NoticeJson of(NoticeView notice) {
			return new NoticeJson(notice.id(), notice.kind().name(), notice.text(), notice.link(), notice.createdAt(),
					notice.read());
		}
	}

	/** The caller's latest notices and how many of all their notices are unread. */
	record NoticesJson(long unread, List<NoticeJson> notices) {
	}

	@GetMapping
	@Operation(summary = "Thông báo của người gọi, mới nhất trước (tối đa 200), kèm số chưa đọc")
	NoticesJson notices(Locale locale) {
		return new NoticesJson(centre.unreadCount(), centre.notices(locale).stream().map(NoticeJson::of).toList());
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Đánh dấu đã đọc một thông báo của người gọi (404 nếu không phải của họ)")
	NoticeJson read(@PathVariable long id, Locale locale) {
		return NoticeJson.of(centre.open(id, locale));
	}
}
