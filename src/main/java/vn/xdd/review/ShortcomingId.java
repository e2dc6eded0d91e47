package vn.xdd.review;

/** The identity of an item of the shortcomings register. */
public record ShortcomingId(long value) {
}
