package vn.xdd.review;

import java.util.List;
import java.util.Optional;

/** Queries on review campaigns, for every module. */
public interface Campaigns {

	/**
	 * The campaigns the signed-in user takes part in: opened by a unit their scope reaches or by
	 * an ancestor of one of their units (a chapter sees its district's campaign), latest first.
	 */
	List<CampaignSummary> visible();

	/** A campaign, if the user takes part in it. */
	Optional<CampaignSummary> find(CampaignId id);
}
