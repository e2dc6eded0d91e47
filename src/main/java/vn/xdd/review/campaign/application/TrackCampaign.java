package vn.xdd.review.campaign.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.campaign.application.CampaignObligations.Expected;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.domain.ReviewObligation.ExpectedCollective;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/**
 * How far a campaign has come under one unit of its subtree: for the unit itself and for each
 * of its direct subordinates (with everything under them), the collectives and members expected
 * to submit, those that submitted and those missing; and, for the unit itself, who is missing by
 * name, as far as the rule of each review lets the user read it (ADR 0014). The tracker drills down from the campaign's unit to any unit the user's scope reaches.
 */
@Service
public class TrackCampaign {

	/** Counts for one unit (with its subtree, except for the unit the tracker is rooted at). */
	public record Row(OrgUnitId unit, String name, String typeCode, boolean self, boolean hasChildren,
			int expectedCollectives, int submittedCollectives, int expectedIndividuals, int submittedIndividuals) {

		public int missingCollectives() {
			return expectedCollectives - submittedCollectives;
		}

		public int missingIndividuals() {
			return expectedIndividuals - submittedIndividuals;
		}
	}

	/** A subject of the root unit that must submit, with its review if one was started. */
	public record Subject(HolderKind kind, OrgUnitId unit, @Nullable MemberId member, String name,
			@Nullable Long reviewId, boolean submitted) {
	}

	/** The tracker rooted at {@code root}; {@code trail} leads from the campaign's unit to it. */
	public record Tracker(CampaignRecord campaign, OrgUnitSummary root, List<OrgUnitSummary> trail, Row total,
			List<Row> rows, List<Subject> subjects) {

		public List<Subject> missing() {
			return subjects.stream().filter(s -> !s.submitted()).toList();
		}
	}

	private record Key(HolderKind kind, long unit, long member) {
	}

	private final CampaignAccess access;

	private final CampaignObligations obligations;

	private final OrgUnits units;

	private final JdbcReviews reviews;

	private final AccessScope scope;

	public TrackCampaign(CampaignAccess access, CampaignObligations obligations, OrgUnits units, JdbcReviews reviews,
			AccessScope scope) {
		this.access = access;
		this.obligations = obligations;
		this.units = units;
		this.reviews = reviews;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	public Tracker track(CampaignId id, @Nullable OrgUnitId at) {
		CampaignRecord campaign = access.requireVisible(id);
		OrgUnitId rootId = at != null ? at : defaultRoot(campaign);
		List<OrgUnitId> chain = units.ancestorsAndSelf(rootId);
		if (!chain.contains(campaign.unit())) {
			throw new NotFoundException("ORG_UNIT", Long.toString(rootId.value()));
		}
		scope.requireReach(rootId, "ORG_UNIT", Long.toString(rootId.value()));
		List<OrgUnitSummary> subtree = units.subtrees(List.of(rootId));
		OrgUnitSummary root = subtree.get(0);
		Expected expected = obligations.expected(campaign, subtree);

		Map<Key, ReviewRecord> started = new HashMap<>();
		for (ReviewRecord r : reviews.ofCampaign(id)) {
			started.put(new Key(r.subjectKind(), r.unit().value(), r.member() == null ? 0 : r.member().value()), r);
		}

		Map<OrgUnitId, OrgUnitId> bucketOf = buckets(subtree, rootId);
		Map<OrgUnitId, int[]> counts = new LinkedHashMap<>();
		Set<OrgUnitId> withChildren = new HashSet<>();
		for (OrgUnitSummary u : subtree) {
			if (u.parentId() != null && !u.id().equals(rootId)) {
				withChildren.add(u.parentId());
			}
		}
		counts.put(rootId, new int[4]);
		for (OrgUnitSummary child : subtree) {
			if (rootId.equals(child.parentId())) {
				counts.put(child.id(), new int[4]);
			}
		}
		int[] total = new int[4];
		// Named are only the subjects whose review the user may read (ADR 0014); the counts stay.
		Reader reader = Reader.of(scope);
		List<Subject> subjects = new ArrayList<>();
		for (ExpectedCollective c : expected.collectives()) {
			ReviewRecord review = started.get(new Key(c.kind(), c.unit().id().value(), 0));
			boolean submitted = review != null && review.submitted();
			tally(counts.get(bucketOf.get(c.unit().id())), total, 0, submitted);
			if (c.unit().id().equals(rootId) && Visibility.COLLECTIVE.allows(Sight.ofUnit(reader, rootId))) {
				subjects.add(new Subject(c.kind(), rootId, null, c.unit().name(), review == null ? null : review.id(),
						submitted));
			}
		}
		for (RosterEntry m : expected.individuals()) {
			ReviewRecord review = started.get(new Key(HolderKind.MEMBER, m.unit().value(), m.id().value()));
			boolean submitted = review != null && review.submitted();
			tally(counts.get(bucketOf.get(m.unit())), total, 2, submitted);
			if (m.unit().equals(rootId) && Visibility.INDIVIDUAL.allows(Sight.ofMember(reader, rootId, m.id().value()))) {
				subjects.add(new Subject(HolderKind.MEMBER, rootId, m.id(), m.fullName(),
						review == null ? null : review.id(), submitted));
			}
		}
		Map<OrgUnitId, OrgUnitSummary> byId = new HashMap<>();
		subtree.forEach(u -> byId.put(u.id(), u));
		List<Row> rows = counts.entrySet().stream()
			.map(e -> row(Objects.requireNonNull(byId.get(e.getKey())), e.getKey().equals(rootId), withChildren.contains(e.getKey()), e.getValue()))
			// Units with nobody to review (dissolved before the period, or empty) would only add noise.
			.filter(r -> r.self() || r.expectedCollectives() + r.expectedIndividuals() > 0)
			.toList();
		List<OrgUnitSummary> trail = new ArrayList<>();
		List<OrgUnitId> downward = new ArrayList<>(chain);
		java.util.Collections.reverse(downward);
		boolean inCampaign = false;
		for (OrgUnitId u : downward) {
			inCampaign = inCampaign || u.equals(campaign.unit());
			// From the campaign's unit down, the units the user may open (a chapter's secretary starts at the chapter).
			if (inCampaign && scope.reaches(u)) {
				trail.add(units.find(u).orElseThrow());
			}
		}
		return new Tracker(campaign, root, trail, row(root, true, !rows.isEmpty(), total), rows, subjects);
	}

	private static void tally(int @Nullable [] row, int[] total, int offset, boolean submitted) {
		int add = submitted ? 1 : 0;
		if (row != null) {
			row[offset]++;
			row[offset + 1] += add;
		}
		total[offset]++;
		total[offset + 1] += add;
	}

	private static Row row(OrgUnitSummary unit, boolean self, boolean hasChildren, int[] c) {
		return new Row(unit.id(), unit.name(), unit.typeCode(), self, hasChildren, c[0], c[1], c[2], c[3]);
	}

	/** For each unit of the subtree: the root itself, or the direct subordinate of the root it lies under. */
	private static Map<OrgUnitId, OrgUnitId> buckets(List<OrgUnitSummary> subtree, OrgUnitId root) {
		Map<OrgUnitId, OrgUnitId> bucket = new HashMap<>();
		bucket.put(root, root);
		// Tree order: a parent is listed before its children.
		for (OrgUnitSummary u : subtree) {
			if (u.id().equals(root) || u.parentId() == null) {
				continue;
			}
			bucket.put(u.id(), u.parentId().equals(root) ? u.id() : bucket.getOrDefault(u.parentId(), root));
		}
		return bucket;
	}

	/** The campaign's unit if the scope reaches it, else the user's topmost unit inside the campaign. */
	private OrgUnitId defaultRoot(CampaignRecord campaign) {
		if (scope.reaches(campaign.unit())) {
			return campaign.unit();
		}
		return scope.grantRoots().stream()
			.filter(r -> units.ancestorsAndSelf(r).contains(campaign.unit()))
			.min(java.util.Comparator.comparingInt(r -> units.ancestorsAndSelf(r).size()))
			.orElseThrow(() -> new NotFoundException("REVIEW_CAMPAIGN", Long.toString(campaign.id().value())));
	}
}
