package vn.xdd.review.register.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleList;

/**
 * What may happen to an item of the register, as one rule list per step: the use case enforces
 * the list, the item's page and the JSON API ask the same list which actions to offer. An item
 * moves open → in progress → reported remedied → verified by the upper level (or returned with a
 * reason) → closed (ADR 0009).
 */
public final class ShortcomingLifeCycle {

	/** Whether the user holds a role at a unit (or at one of its ancestors). */
	@FunctionalInterface
	public interface Roles {

		boolean hasRoleAt(Role role, OrgUnitId unit);
	}

	/** A change of status: what the item is now, and what is asked. */
	public interface Transition {

		ShortcomingStatus from();

		ShortcomingStatus to();
	}

	/** Who acts on an item, and where the item is held. */
	public interface OnItem {

		OrgUnitId holderUnit();

		/** The parent of the holder unit; null for the root unit, which has no upper level here. */
		@Nullable
		OrgUnitId parentOfHolder();

		Roles roles();
	}

	/** A bare change of status, as commands from other modules ask it. */
	public record Move(ShortcomingStatus from, ShortcomingStatus to) implements Transition {
	}

	/**
	 * A step a user takes on an item.
	 *
	 * @param from the item's status now
	 * @param to the status asked (the same status when evidence is only added)
	 * @param note the note, the report of what was done or the reason of a return (none when a
	 *        page asks before the form)
	 * @param files the number of evidence files given with it
	 */
	public record Step(OrgUnitId holderUnit, @Nullable OrgUnitId parentOfHolder, Roles roles, ShortcomingStatus from,
			ShortcomingStatus to, @Nullable String note, int files) implements OnItem, Transition {

		/** The same step with what the user wrote and attached. */
		public Step with(@Nullable String text, int fileCount) {
			return new Step(holderUnit, parentOfHolder, roles, from, to, text, fileCount);
		}
	}

	/** The entering of an item held by a unit. */
	public record Recording(OrgUnitId holderUnit, Roles roles) {
	}

	/** The life cycle alone, for commands of other modules (the use case then checks the rest). */
	public static final RuleList<Transition> MOVE = RuleList.of(new StatusMayMove());

	/** The holder's side works on its items (stores evidence files, updates them from a review). */
	public static final RuleList<OnItem> WORK = RuleList.of(new HolderSideReports());

	/** The holder's side starts remedying an open or returned item. */
	public static final RuleList<Step> START = RuleList.of(new HolderSideReports(), new StatusMayMove());

	/** What the item must be for the report form to be offered. */
	public static final RuleList<Step> REPORT_OFFERED = RuleList.of(new HolderSideReports(), new StatusMayMove());

	/** The holder's side reports the item remedied, with a note or files. */
	public static final RuleList<Step> REPORT = RuleList.of(new HolderSideReports(), new RemedyNeedsEvidence(),
			new StatusMayMove());

	/** What the item must be for the evidence form to be offered. */
	public static final RuleList<Step> EVIDENCE_OFFERED = RuleList.of(new HolderSideReports(),
			new EvidenceOnlyWhileUnresolved());

	/** The holder's side adds a note or files to an item not yet remedied, without moving it. */
	public static final RuleList<Step> EVIDENCE = RuleList.of(new HolderSideReports(), new EvidenceOnlyWhileUnresolved(),
			new RemedyNeedsEvidence());

	/** The upper level verifies a reported item. */
	public static final RuleList<Step> VERIFY = RuleList.of(new OnlyUpperLevelVerifies(), new StatusMayMove());

	/** What the item must be for the return form to be offered: the same as for verifying. */
	public static final RuleList<Step> RETURN_OFFERED = VERIFY;

	/** The upper level returns a reported item, with a reason. */
	public static final RuleList<Step> RETURN = RuleList.of(new OnlyUpperLevelVerifies(), new ReturningNeedsReason(),
			new StatusMayMove());

	/** The upper level closes a verified item. */
	public static final RuleList<Step> CLOSE = RuleList.of(new OnlyUpperLevelVerifies(), new StatusMayMove());

	/** A later review gives the result of remedying: under way, or remedied (ADR 0009). */
	public static final RuleList<Step> UPDATE_FROM_REVIEW = RuleList.of(new HolderSideReports(),
			new ReviewSaysUnderWayOrRemedied());

	/** Who enters items for a unit. */
	public static final RuleList<Recording> RECORD = RuleList.of(new HolderSideOrInspectionRecords());

	private ShortcomingLifeCycle() {
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
