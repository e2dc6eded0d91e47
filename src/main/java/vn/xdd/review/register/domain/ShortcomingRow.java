package vn.xdd.review.register.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.HolderKind;
import vn.xdd.review.ShortcomingStatus;

/** An item of the register with its tags, as stored: what the pages show and the life cycle judges. */
public record ShortcomingRow(long id, String sourceKind, @Nullable String sourceRef, @Nullable Long campaignId,
		@Nullable Long reviewId, HolderKind holderKind, long holderUnitId, @Nullable Long holderMemberId,
		long recordedUnitId, String text, @Nullable String cause, @Nullable String responsibility, String remedy,
		@Nullable LocalDate deadline, @Nullable String answerable, ShortcomingStatus status, Instant statusSince,
		@Nullable Instant verifiedAt, String recordedBy, Instant recordedAt, int version, java.util.List<String> tags) {
}
