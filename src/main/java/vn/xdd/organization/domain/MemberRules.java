package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleList;
import vn.xdd.shared.rule.RuleResult;

/**
 * What a member's entry, status change and transfer must satisfy, as one rule list per step: the
 * use case enforces the list (registration, status change, transfer, import alike), nothing
 * re-states a rule elsewhere. The record's own fields are judged by {@link MemberRecordRules}.
 */
public final class MemberRules {

	/** A post a member holds that ends with the step: its label and the day it started. */
	public record Post(String label, LocalDate from) {
	}

	/** What a step that ends posts knows: the day it takes effect and the posts that end the day before. */
	public interface EndsPosts {

		LocalDate from();

		List<Post> endingPosts();
	}

	/** The chapter a member joins: its name, whether it holds members, whether it is open on the day. */
	public record ChapterChoice(String name, boolean holdsMembers, boolean open) {
	}

	/** A new record in the status it starts in. */
	public record NewRecord(MemberRecord record, MemberStatus initial) {
	}

	/**
	 * A record's party-card number and citizen ID, with whether another member already holds them
	 * (looked up by the use case), and whether that member lies outside the user's scope: then the
	 * refusal must not tell that the record exists (ADR 0014).
	 */
	public record Identifiers(@Nullable String partyCardNo, boolean partyCardTaken, @Nullable String citizenId,
			boolean citizenIdTaken, boolean partyCardHolderUnseen, boolean citizenIdHolderUnseen) {

		/** Identifiers whose holders, if any, the user sees. */
		public Identifiers(@Nullable String partyCardNo, boolean partyCardTaken, @Nullable String citizenId,
				boolean citizenIdTaken) {
			this(partyCardNo, partyCardTaken, citizenId, citizenIdTaken, false, false);
		}
	}

	/**
	 * A change of status from {@code from}, with what the member's record says: its current status
	 * and since when, its admission and full-membership dates.
	 */
	public record StatusChange(MemberStatus current, MemberStatus next, LocalDate from, LocalDate today,
			LocalDate statusSince, @Nullable LocalDate admittedOn, @Nullable LocalDate fullMemberOn) {
	}

	/**
	 * Leaving the chapter from {@code from}: the membership that ends (its first day, if there is
	 * one) and the posts that end with it.
	 */
	public record Leaving(LocalDate from, @Nullable LocalDate membershipFrom, List<Post> endingPosts)
			implements EndsPosts {

		public Leaving {
			endingPosts = List.copyOf(endingPosts);
		}
	}

	/**
	 * A transfer of a member in {@code status} from chapter {@code source} to {@code target} from
	 * {@code from}: the current membership's first day (none if the registry has none) and the
	 * posts held in the old chapter, which end the day before.
	 */
	public record Transfer(MemberStatus status, OrgUnitId source, OrgUnitId target, LocalDate from, LocalDate today,
			@Nullable LocalDate membershipFrom, List<Post> endingPosts) implements EndsPosts {

		public Transfer {
			endingPosts = List.copyOf(endingPosts);
		}
	}

	/** A member joins only a chapter, and only one open on the day. */
	public static final RuleList<ChapterChoice> JOIN_CHAPTER = RuleList.of(new OnlyChapterHoldsMembers(),
			new ChapterIsOpen());

	/** The status a new record starts in agrees with the record. */
	public static final RuleList<NewRecord> NEW_RECORD = RuleList.of(new StartsInChapter(),
			new ProbationaryHasNoFullMembership(), new FullMembershipHasDate());

	/** Party-card number and citizen ID are unique in the registry. */
	public static final RuleList<Identifiers> IDENTIFIERS = RuleList.of(new PartyCardUnique(), new CitizenIdUnique());

	/** A status changes only along {@link MemberStatus#next()}, after the current one, after probation. */
	public static final RuleList<StatusChange> CHANGE_STATUS = RuleList.of(new TransitionAllowed(),
			new StatusNotInFuture(), new StatusAfterCurrent(), new ProbationServed(),
			new RecognitionFollowsProbation());

	/** Leaving the chapter ends the membership and the posts that end with it the day before. */
	public static final RuleList<Leaving> LEAVE_CHAPTER = RuleList.of(new LeavingAfterMembershipStarts(),
			new PostsEndAfterTheyStart());

	/** A transfer moves a member in a chapter to another chapter, after the current membership began. */
	public static final RuleList<Transfer> TRANSFER = RuleList.of(new TransferOnlyFromChapter(),
			new TransferToAnotherChapter(), new TransferNotInFuture(), new TransferAfterCurrentMembership(),
			new PostsEndAfterTheyStart());

	private MemberRules() {
	}

	/**
	 * What a record breaks under the given field rules, each refusal as a {@link Violation} of the
	 * rule's field: a form lists them all at once.
	 */
	public static <C> List<Violation> violations(RuleList<C> list, C candidate) {
		List<Violation> violations = new ArrayList<>();
		for (var rule : list.rules()) {
			if (rule instanceof FieldRule<?> fieldRule && rule.check(candidate) instanceof RuleResult.Refused refused) {
				violations.add(new Violation(fieldRule.field(), refused.messageKey(), refused.arguments()));
			}
		}
		return violations;
	}
}
