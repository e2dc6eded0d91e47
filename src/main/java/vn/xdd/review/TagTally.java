package vn.xdd.review;

/** The items carrying one taxonomy tag (an item with several tags counts under each). */
public record TagTally(String code, String taxonomyCode, String label, ShortcomingTally tally) {
}
