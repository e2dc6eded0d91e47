package vn.xdd.review;

/** The identity of a review campaign. */
public record CampaignId(long value) {
}
