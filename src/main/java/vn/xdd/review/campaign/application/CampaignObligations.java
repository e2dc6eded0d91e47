package vn.xdd.review.campaign.application;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.MemberRoster;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.domain.ReviewObligation.ExpectedCollective;
import vn.xdd.review.campaign.domain.ReviewObligation;
import vn.xdd.review.campaign.domain.ReviewRuleSet;
import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;

/** The {@link ReviewObligation} of a campaign, fed with the rule set in force, the tree and the roster. */
@Component
public class CampaignObligations {

	/** Who must submit among some units of a campaign's subtree. */
	public record Expected(List<ExpectedCollective> collectives, List<RosterEntry> individuals) {
	}

	private final JdbcReviewCatalogue catalogue;

	private final MemberRoster roster;

	public CampaignObligations(JdbcReviewCatalogue catalogue, MemberRoster roster) {
		this.catalogue = catalogue;
		this.roster = roster;
	}

	public ReviewObligation of(CampaignRecord campaign) {
		ReviewRuleSet ruleSet = ReviewRuleSet.inForce(catalogue.ruleSets(), campaign.periodTo())
			.orElseThrow(() -> new IllegalStateException("No review rule set in force on " + campaign.periodTo()));
		return new ReviewObligation(ruleSet, campaign.periodFrom(), campaign.periodTo());
	}

	/** The collectives and members among {@code units} that must submit in the campaign. */
	public Expected expected(CampaignRecord campaign, List<OrgUnitSummary> units) {
		ReviewObligation obligation = of(campaign);
		List<OrgUnitSummary> active = units.stream().filter(obligation::activeDuringPeriod).toList();
		List<RosterEntry> members = roster.membersOn(active.stream().map(OrgUnitSummary::id).toList(),
				obligation.rosterDay());
		return new Expected(obligation.collectives(active), obligation.individuals(members));
	}
}
