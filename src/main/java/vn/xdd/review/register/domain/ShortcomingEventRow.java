package vn.xdd.review.register.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of an item’s history: a status change, a move between units, a review’s update. */
public record ShortcomingEventRow(String kind, @Nullable String fromStatus, @Nullable String toStatus, @Nullable String note,
		@Nullable Long reviewId, @Nullable Long fromUnit, @Nullable Long toUnit, String by, Instant at) {
}
