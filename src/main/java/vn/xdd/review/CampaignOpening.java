package vn.xdd.review;

/**
 * Opening a review campaign: by the standing office (LEADERSHIP), the organisation board or an
 * administrator of the unit.
 */
public interface CampaignOpening {

	CampaignId open(NewCampaign campaign);
}
