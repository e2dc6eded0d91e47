package vn.xdd.review.register.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One piece of evidence of an item: a note, and the attached file if any. */
public record EvidenceRow(String note, @Nullable Long attachmentId, String by, Instant at) {
}
