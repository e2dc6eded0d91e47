package vn.xdd.review.reviews.application;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.ReviewContent;
import vn.xdd.review.ReviewId;
import vn.xdd.review.ReviewRecording;
import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.reviews.application.ReviewEvents.ReviewRecorded;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Records the review of a collective or of a member in an open campaign, as a draft: one review
 * per subject and campaign.
 */
@Service
public class RecordReview implements ReviewRecording {

	private final CampaignAccess campaigns;

	private final ReviewAccess access;

	private final JdbcReviews reviews;

	private final ReviewContentWriter writer;

	private final ApplicationEventPublisher events;

	RecordReview(CampaignAccess campaigns, ReviewAccess access, JdbcReviews reviews, ReviewContentWriter writer,
			ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.access = access;
		this.reviews = reviews;
		this.writer = writer;
		this.events = events;
	}

	@Override
	@Transactional
	public ReviewId record(CampaignId campaignId, HolderKind kind, @Nullable OrgUnitId unit, @Nullable MemberId member,
			ReviewContent content) {
		CampaignRecord campaign = campaigns.requireVisible(campaignId);
		ReviewSubject subject = access.resolve(campaign, kind, unit, member);
		access.requireRecord(subject.unit());
		if (!campaign.open()) {
			throw new BusinessRuleException("campaign.error.closed");
		}
		if (reviews.findOf(campaignId, kind, subject.unit(), subject.member()).isPresent()) {
			throw new BusinessRuleException("review.error.exists", subject.name());
		}
		long id = reviews.insert(campaignId, kind, subject.unit(), subject.member(), content.strengths().strip(),
				Actor.currentName());
		writer.write(id, campaign, subject, content);
		events.publishEvent(new ReviewRecorded(id, subject.unit(), subject.name()));
		return new ReviewId(id);
	}
}
