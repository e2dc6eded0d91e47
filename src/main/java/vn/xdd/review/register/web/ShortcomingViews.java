package vn.xdd.review.register.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.ShortcomingSummary;

/** What the register's pages render. */
final class ShortcomingViews {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private ShortcomingViews() {
	}

	record TagView(String code, String label) {
	}

	/** A row of the list. */
	record Row(long id, String holderKindKey, String holderName, String text, List<TagView> tags,
			@Nullable String deadline, String status, String statusKey, boolean overdue) {
	}

	static Row row(ShortcomingSummary s, Map<String, String> tagLabels) {
		return new Row(s.id().value(), s.holderKind().messageKey(), s.holderName(), s.text(), tags(s.tags(), tagLabels),
				format(s.deadline()), s.status().name(), s.status().messageKey(), s.overdue());
	}

	static List<TagView> tags(List<String> codes, Map<String, String> labels) {
		return codes.stream().map(c -> new TagView(c, labels.getOrDefault(c, c))).toList();
	}

	static @Nullable String format(@Nullable LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	/** An option of a select. */
	record Option(String value, String label) {
	}

	/** A line of an item's history. */
	record HistoryLine(String at, String by, String kind, @Nullable String fromKey, @Nullable String toKey,
			@Nullable String note, @Nullable String fromUnit, @Nullable String toUnit, @Nullable Long reviewId) {
	}

	/** A piece of evidence. */
	record EvidenceLine(String at, String by, String note, @Nullable Long fileId, @Nullable String fileName,
			@Nullable String sha256) {
	}
}
