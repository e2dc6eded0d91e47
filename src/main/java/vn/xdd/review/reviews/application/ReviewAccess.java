package vn.xdd.review.reviews.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.MemberRoster;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.HolderKind;
import vn.xdd.review.campaign.application.CampaignObligations;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.domain.ReviewObligation;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Whose review a user may see and record. A review is seen by anyone whose scope reaches its
 * unit (the collective's unit or the member's chapter); it is recorded by the secretary, the
 * standing office or the organisation board holding that role at the unit or above. A subject
 * must be one the campaign expects ({@link ReviewObligation}).
 */
@Component
public class ReviewAccess {

	private final AccessScope scope;

	private final OrgUnits units;

	private final MemberRegistry members;

	private final MemberRoster roster;

	private final CampaignObligations obligations;

	public ReviewAccess(AccessScope scope, OrgUnits units, MemberRegistry members, MemberRoster roster,
			CampaignObligations obligations) {
		this.scope = scope;
		this.units = units;
		this.members = members;
		this.roster = roster;
		this.obligations = obligations;
	}

	public boolean mayRecord(OrgUnitId unit) {
		return scope.hasRoleAt(Role.SECRETARY, unit) || scope.hasRoleAt(Role.LEADERSHIP, unit)
				|| scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit);
	}

	public void requireRecord(OrgUnitId unit) {
		if (!mayRecord(unit)) {
			throw new AccessDeniedException("review");
		}
	}

	/**
	 * The subject of a review in the campaign, checked against the scope (404 outside it) and
	 * against the campaign (the unit lies in its subtree, the subject is expected to submit).
	 */
	public ReviewSubject resolve(CampaignRecord campaign, HolderKind kind, @Nullable OrgUnitId unit,
			@Nullable MemberId member) {
		OrgUnitId at;
		if (kind == HolderKind.MEMBER) {
			if (member == null) {
				throw new NotFoundException("MEMBER", "");
			}
			at = members.chapterOf(member).orElseThrow(() -> new NotFoundException("MEMBER", member.toString()));
		}
		else {
			if (unit == null) {
				throw new NotFoundException("ORG_UNIT", "");
			}
			at = unit;
		}
		scope.requireReach(at, kind == HolderKind.MEMBER ? "MEMBER" : "ORG_UNIT",
				kind == HolderKind.MEMBER ? String.valueOf(member) : Long.toString(at.value()));
		OrgUnitSummary summary = units.find(at).orElseThrow(() -> new NotFoundException("ORG_UNIT", at.toString()));
		if (!units.ancestorsAndSelf(at).contains(campaign.unit())) {
			throw new BusinessRuleException("review.error.outsideCampaign");
		}
		ReviewObligation obligation = obligations.of(campaign);
		if (kind == HolderKind.MEMBER) {
			RosterEntry entry = roster.membersOn(List.of(at), obligation.rosterDay())
				.stream()
				.filter(e -> e.id().equals(member))
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("review.error.notOnRoster"));
			if (obligation.exemption(entry.statusCode(), entry.admittedOn()).isPresent()) {
				throw new BusinessRuleException("review.error.exempt", entry.fullName());
			}
			return new ReviewSubject(kind, at, member, entry.fullName(), summary.name());
		}
		if (!obligation.activeDuringPeriod(summary) || !ReviewObligation.collectivesOf(summary.typeCode()).contains(kind)) {
			throw new BusinessRuleException("review.error.notExpected");
		}
		return new ReviewSubject(kind, at, null, summary.name(), summary.name());
	}

	/** The subject of an existing review, without checking the obligation again (it may have changed). */
	public ReviewSubject subjectOf(CampaignRecord campaign, HolderKind kind, OrgUnitId unit, @Nullable MemberId member) {
		String unitName = units.find(unit).map(OrgUnitSummary::name).orElse("");
		if (member == null) {
			return new ReviewSubject(kind, unit, null, unitName, unitName);
		}
		String name = roster.membersOn(List.of(unit), obligations.of(campaign).rosterDay())
			.stream()
			.filter(e -> e.id().equals(member))
			.map(RosterEntry::fullName)
			.findFirst()
			.orElse("#" + member.value());
		return new ReviewSubject(kind, unit, member, name, unitName);
	}
}
