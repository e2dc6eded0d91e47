package vn.xdd.review.register.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.HolderKind;
import vn.xdd.review.RemediationShare;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.Shortcomings;
import vn.xdd.review.register.domain.Overdue;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/** The register's queries within the user's scope, for pages and other modules. */
@Service
public class RegisterQueries implements Shortcomings {

	private final JdbcShortcomings store;

	private final AccessScope scope;

	private final OrgUnits units;

	private final MemberRegistry members;

	private final Clock clock;

	private final RegisterPermissions permissions;

	public RegisterQueries(JdbcShortcomings store, AccessScope scope, OrgUnits units, MemberRegistry members,
			Clock clock, RegisterPermissions permissions) {
		this.permissions = permissions;
		this.store = store;
		this.scope = scope;
		this.units = units;
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ShortcomingSummary> find(ShortcomingId id) {
		return store.find(id.value()).filter(this::visible).map(r -> summaries(List.of(r)).get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShortcomingSummary> findAll(Collection<ShortcomingId> ids) {
		List<ShortcomingRow> rows = store.findAll(ids.stream().map(ShortcomingId::value).toList())
			.stream()
			.filter(this::visible)
			.toList();
		Map<Long, ShortcomingSummary> byId = summaries(rows).stream()
			.collect(Collectors.toMap(s -> s.id().value(), s -> s));
		return ids.stream().map(id -> byId.get(id.value())).filter(Objects::nonNull).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShortcomingSummary> unresolvedUnder(OrgUnitId unit) {
		if (!scope.reaches(unit) || !permissions.mayRead(unit)) {
			return List.of();
		}
		List<Long> subtree = units.subtrees(List.of(unit)).stream().map(u -> u.id().value()).toList();
		return summaries(store.unresolvedIn(subtree).stream().filter(this::visible).toList());
	}

	/** The holder's items not yet verified, oldest first (the earlier shortcomings of a review). */
	@Transactional(readOnly = true)
	public List<ShortcomingSummary> unresolvedOfHolder(HolderKind kind, OrgUnitId unit, @Nullable MemberId member) {
		return summaries(store.unresolvedOfHolder(kind, unit.value(), member == null ? null : member.value())
			.stream()
			.filter(this::visible)
			.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public RemediationShare shareOfUnit(OrgUnitId unit, LocalDate from, LocalDate to) {
		scope.requireReach(unit, "ORG_UNIT", Long.toString(unit.value()));
		Visibility.require(Visibility.COLLECTIVE, Sight.ofUnit(Reader.of(scope), unit), "ORG_UNIT", unit.value());
		return store.shareOfUnit(unit.value(), from, to, LocalDate.now(clock));
	}

	@Override
	@Transactional(readOnly = true)
	public RemediationShare shareOfMember(MemberId member, LocalDate from, LocalDate to) {
		OrgUnitId chapter = members.chapterOf(member)
			.orElseThrow(() -> new vn.xdd.shared.NotFoundException("MEMBER", Long.toString(member.value())));
		scope.requireReach(chapter, "MEMBER", Long.toString(member.value()));
		Visibility.require(Visibility.INDIVIDUAL, Sight.ofMember(Reader.of(scope), chapter, member.value()), "MEMBER",
				member.value());
		return store.shareOfMember(member.value(), from, to, LocalDate.now(clock));
	}

	/** Within the scope, and to a reader of the item (ADR 0014). */
	boolean visible(ShortcomingRow row) {
		return scope.reaches(new OrgUnitId(row.holderUnitId())) && permissions.mayReadItem(row);
	}

	/** Rows as summaries, with the holders' names. */
	public List<ShortcomingSummary> summaries(List<ShortcomingRow> rows) {
		Map<MemberId, String> names = members.fullNames(rows.stream()
			.map(ShortcomingRow::holderMemberId)
			.filter(Objects::nonNull)
			.map(MemberId::new)
			.distinct()
			.toList());
		LocalDate today = LocalDate.now(clock);
		// One lookup per holder unit, not per row.
		Map<Long, String> unitNames = new java.util.HashMap<>();
		return rows.stream().map(r -> {
			MemberId member = r.holderMemberId() == null ? null : new MemberId(r.holderMemberId());
			String holderName = member != null ? names.getOrDefault(member, "?")
					: unitNames.computeIfAbsent(r.holderUnitId(),
							id -> units.find(new OrgUnitId(id)).map(OrgUnitSummary::name).orElse("?"));
			return new ShortcomingSummary(new ShortcomingId(r.id()), r.holderKind(), new OrgUnitId(r.holderUnitId()),
					member, holderName, r.text(), r.status(), r.deadline(),
					Overdue.isOverdue(r.status(), r.deadline(), today), r.tags());
		}).toList();
	}
}
