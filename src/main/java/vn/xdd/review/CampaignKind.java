package vn.xdd.review;

/** Yearly, quarterly (leaders, 2025 rules) or thematic. Labels: {@code campaignKind.<NAME>}. */
public enum CampaignKind {
	ANNUAL, QUARTERLY, THEMATIC;

	public String messageKey() {
		return "campaignKind." + name();
	}
}
