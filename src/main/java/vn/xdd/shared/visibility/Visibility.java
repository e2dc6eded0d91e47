package vn.xdd.shared.visibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleList;

/**
 * The rule of each kind of record a user may find inside her scope, as the table of ADR 0014 gives
 * them. Every path that shows such a record (page, API, download of what is attached to it, the
 * campaign tracker, counts) asks the list of its kind; a refusal inside the scope is answered 403
 * ({@link #require}), a record outside it stays "not found" (ADR 0005).
 */
public final class Visibility {

	/** Every role but a plain member's. */
	public static final Set<Role> WORKING_ROLES = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Role.MEMBER)));

	/** Who reads an individual's review besides the member himself: the secretaries, the standing office and the boards. */
	public static final Set<Role> INDIVIDUAL_READERS = Collections.unmodifiableSet(EnumSet.of(Role.SECRETARY,
			Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.INSPECTION, Role.PROPAGANDA));

	/** A member's review, his shortcomings in the register, his share remedied, his line in a tracker. */
	public static final RuleList<Sight> INDIVIDUAL = RuleList.of(new IndividualSeenByPersonSecretariesAndBoards());

	/** A collective's review, a unit's shortcomings, its share remedied and the dashboard's figures. */
	public static final RuleList<Sight> COLLECTIVE = RuleList.of(new UnitRecordSeenByWorkingRoles());

	/** A progress report on a task, judged at its reporting unit (the issuing level lies above it). */
	public static final RuleList<Sight> PROGRESS_REPORT = RuleList.of(new UnitRecordSeenByWorkingRoles());

	private Visibility() {
	}

	/**
	 * Whether the reader reads every individual's records kept at the unit (not only his own): what
	 * a list of such records asks before it includes them.
	 */
	public static boolean readsIndividualsAt(Reader reader, OrgUnitId unit) {
		return INDIVIDUAL_READERS.stream().anyMatch(r -> reader.hasRoleAt(r, unit));
	}

	/** The list for a record about a member ({@code individual}) or about a unit. */
	public static RuleList<Sight> of(boolean individual) {
		return individual ? INDIVIDUAL : COLLECTIVE;
	}

	/** Refuses the read (403, nothing shown) when the list refuses the sight. */
	public static void require(RuleList<Sight> list, Sight sight, String recordType, Object recordId) {
		if (!list.allows(sight)) {
			throw new AccessDeniedException("not a reader of " + recordType + " " + recordId);
		}
	}
}
