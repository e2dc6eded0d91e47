package vn.xdd.review.register.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnits;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingSummary;
import vn.xdd.review.register.domain.EvidenceRow;
import vn.xdd.review.register.domain.ShortcomingEventRow;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.domain.TagRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.VietnameseText;

/**
 * What the register’s page and API read, within the user’s scope and only for a reader of the
 * holder’s unit (not a plain member: the register names other members’ shortcomings).
 */
@Service
public class ReadRegister {

	private final JdbcShortcomings store;

	private final RegisterQueries queries;

	private final RegisterPermissions permissions;

	private final AccessScope scope;

	private final OrgUnits units;

	private final Clock clock;

	ReadRegister(JdbcShortcomings store, RegisterQueries queries, RegisterPermissions permissions, AccessScope scope,
			OrgUnits units, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.permissions = permissions;
		this.scope = scope;
		this.units = units;
		this.clock = clock;
	}

	/** What to list: the unit (with its subtree or not) and the optional filters. */
	public record Listing(OrgUnitId unit, boolean subtree, @Nullable ShortcomingStatus status, boolean overdue,
			@Nullable String tag, @Nullable Long campaign, @Nullable Long member, @Nullable String query) {
	}

	/** One page of a listing: the items, their summaries (in the same order) and the listing’s total. */
	public record Page(List<ShortcomingRow> rows, List<ShortcomingSummary> summaries, long total) {
	}

	/** An item with its summary (holder’s name, overdue). */
	public record Item(ShortcomingRow row, ShortcomingSummary summary) {
	}

	@Transactional(readOnly = true)
	public Page list(Listing l, int offset, int limit) {
		scope.requireReach(l.unit(), "ORG_UNIT", Long.toString(l.unit().value()));
		requireReader(l.unit());
		List<Long> unitIds = l.subtree()
				? units.subtrees(List.of(l.unit())).stream().map(u -> u.id().value()).toList()
				: List.of(l.unit().value());
		JdbcShortcomings.Filter filter = new JdbcShortcomings.Filter(unitIds, l.status(), l.overdue(), blank(l.tag()),
				l.campaign(), l.member(), l.query() == null || l.query().isBlank() ? null
						: VietnameseText.searchKey(l.query()),
				null, LocalDate.now(clock), !permissions.readsIndividualsAt(l.unit()));
		List<ShortcomingRow> rows = store.list(filter, offset, limit);
		return new Page(rows, queries.summaries(rows), store.count(filter));
	}

	/** The item, refused outside the scope and to one who does not read the holder’s register. */
	@Transactional(readOnly = true)
	public Item item(long id) {
		ShortcomingRow row = store.find(id).orElseThrow(() -> new NotFoundException("SHORTCOMING", Long.toString(id)));
		OrgUnitId unit = new OrgUnitId(row.holderUnitId());
		scope.requireReach(unit, "SHORTCOMING", Long.toString(id));
		if (!permissions.mayReadItem(row)) {
			throw new PermissionDeniedException("shortcoming.error.notReader");
		}
		return new Item(row, queries.summaries(List.of(row)).get(0));
	}

	/** The item’s history, oldest first (read the item first: this does not check access). */
	@Transactional(readOnly = true)
	public List<ShortcomingEventRow> history(Item item) {
		return store.history(item.row().id());
	}

	/** The item’s evidence, oldest first. */
	@Transactional(readOnly = true)
	public List<EvidenceRow> evidence(Item item) {
		return store.evidence(item.row().id());
	}

	/** What the user may do with the item now. */
	public ShortcomingActions actions(Item item) {
		return permissions.actions(item.row());
	}

	/** Whether the user may enter items for the unit. */
	public boolean mayRecord(OrgUnitId unit) {
		return permissions.mayRecord(unit);
	}

	/** Labels of tags by code, in the taxonomies’ order. */
	@Transactional(readOnly = true)
	public Map<String, String> tagLabels() {
		return store.tagLabels();
	}

	/** The tags forms offer. */
	@Transactional(readOnly = true)
	public List<TagRow> activeTags() {
		return store.activeTags();
	}

	private void requireReader(OrgUnitId unit) {
		if (!permissions.mayRead(unit)) {
			throw new PermissionDeniedException("shortcoming.error.notReader");
		}
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
