package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The rules every restructuring of the tree obeys (structure.md: create, rename, move, merge,
 * split, dissolve, each one recorded event with a date). Each rule returns the reason it refuses,
 * as a message key, or nothing when it allows.
 */
public final class RestructuringRules {

	private RestructuringRules() {
	}

	/** A refusal: a message key and its arguments. */
	public record Refusal(String messageKey, Object... arguments) {
	}

	/** A change takes effect inside the unit's latest period: history is recorded in date order. */
	public static Optional<Refusal> effectiveInLatestPeriod(String unitName, LocalDate latestFrom,
			@Nullable LocalDate latestTo, LocalDate effective) {
		if (latestTo != null && effective.isAfter(latestTo)) {
			return Optional.of(new Refusal("restructure.error.unitEnded", unitName, latestTo));
		}
		if (effective.isBefore(latestFrom)) {
			return Optional.of(new Refusal("restructure.error.beforeLatestChange", unitName, latestFrom));
		}
		return Optional.empty();
	}

	/** A unit that ends the day before {@code effective} must have existed on that day. */
	public static Optional<Refusal> canEndBefore(String unitName, LocalDate latestFrom, @Nullable LocalDate latestTo,
			LocalDate effective) {
		if (latestTo != null && latestTo.isBefore(effective.minusDays(1))) {
			return Optional.of(new Refusal("restructure.error.unitEnded", unitName, latestTo));
		}
		if (!effective.isAfter(latestFrom)) {
			return Optional.of(new Refusal("restructure.error.beforeLatestChange", unitName, latestFrom));
		}
		return Optional.empty();
	}

	/** Moving a unit under itself or under one of its descendants would cut it from the tree. */
	public static Optional<Refusal> notUnderItself(long unitId, List<Long> newParentAncestorsAndSelf) {
		if (newParentAncestorsAndSelf.contains(unitId)) {
			return Optional.of(new Refusal("restructure.error.underItself"));
		}
		return Optional.empty();
	}

	/** The type catalogue says which parent types each unit type may have. */
	public static Optional<Refusal> typeAllowed(boolean allowed, Object typeLabel, Object parentTypeLabel) {
		return allowed ? Optional.empty() : Optional.of(new Refusal("restructure.error.typeNotAllowed", typeLabel, parentTypeLabel));
	}

	/** Nothing merges into (or moves under) a unit that does not exist on the effective day. */
	public static Optional<Refusal> targetActive(String targetName, boolean activeOnEffectiveDay) {
		return activeOnEffectiveDay ? Optional.empty()
				: Optional.of(new Refusal("restructure.error.targetInactive", targetName));
	}

	/** A merge needs a target that is not itself one of the sources, nor under one of them. */
	public static Optional<Refusal> targetOutsideSources(long targetId, Collection<Long> sourceIds,
			List<Long> targetAncestorsAndSelf) {
		if (targetAncestorsAndSelf.stream().anyMatch(sourceIds::contains)) {
			return Optional.of(new Refusal("restructure.error.targetInSources"));
		}
		return Optional.empty();
	}

	/** A unit is dissolved only when no unit and no member remains in it (unless moved in the same act). */
	public static Optional<Refusal> emptyBeforeDissolving(String unitName, int activeChildren, int activeMembers,
			boolean membersMoved) {
		if (activeChildren > 0) {
			return Optional.of(new Refusal("restructure.error.childrenRemain", unitName, activeChildren));
		}
		if (activeMembers > 0 && !membersMoved) {
			return Optional.of(new Refusal("restructure.error.membersRemain", unitName, activeMembers));
		}
		return Optional.empty();
	}

	/** Members are moved only to a unit that holds members (a chapter). */
	public static Optional<Refusal> membersNeedAChapter(String targetName, int members, boolean targetHoldsMembers) {
		if (members > 0 && !targetHoldsMembers) {
			return Optional.of(new Refusal("restructure.error.targetHoldsNoMembers", targetName, members));
		}
		return Optional.empty();
	}

	/** A source that ends in a split must hand over every unit and member it still has. */
	public static Optional<Refusal> splitHandsOverEverything(String sourceName, int childrenLeft, int membersLeft) {
		if (childrenLeft > 0 || membersLeft > 0) {
			return Optional.of(new Refusal("restructure.error.splitLeavesSomething", sourceName, childrenLeft, membersLeft));
		}
		return Optional.empty();
	}
}
