package vn.xdd.review.campaign.domain;

import org.jspecify.annotations.Nullable;

/** A tag of a taxonomy of shortcomings; an inactive tag is no longer offered but stays on its items. */
public record ShortcomingTag(String code, String taxonomyCode, @Nullable String groupLabel, String label,
		boolean active) {
}
