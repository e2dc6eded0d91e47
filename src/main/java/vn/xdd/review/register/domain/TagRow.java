package vn.xdd.review.register.domain;

import org.jspecify.annotations.Nullable;

/** A tag of the shortcomings taxonomies, as forms offer it. */
public record TagRow(String code, String taxonomyCode, String taxonomyName, @Nullable String groupLabel,
		String label) {
}
