package vn.xdd.review.campaign.domain;

import org.jspecify.annotations.Nullable;

/** A taxonomy of shortcomings (a campaign tags its shortcomings from the taxonomies it names). */
public record ShortcomingTaxonomy(String code, String name, @Nullable String source, boolean active) {
}
