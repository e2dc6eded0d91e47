package vn.xdd.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;

/** Queries on the organisation tree, for every module. */
public interface OrgUnits {

	Optional<OrgUnitSummary> find(OrgUnitId id);

	/** The unit and its ancestors, the unit first and the root last; empty if it does not exist. */
	List<OrgUnitId> ancestorsAndSelf(OrgUnitId id);

	/**
	 * The units whose grants reach {@code id}: its ancestors, and the units that took it over
	 * (after a merge or split) with their ancestors, so records entered under a predecessor stay
	 * reachable from its successors. The unit itself first.
	 */
	List<OrgUnitId> scopeChain(OrgUnitId id);

	/** The units under the given roots, each once, roots included, in tree order. */
	List<OrgUnitSummary> subtrees(Collection<OrgUnitId> roots);

	/**
	 * The units of the subtrees and every predecessor of them before a merge or split (and their
	 * subtrees): where the records of a subtree may have been entered, so that they stay reachable
	 * from the successors.
	 */
	List<OrgUnitId> subtreesWithPredecessors(Collection<OrgUnitId> roots);

	/** How many units lie under the given roots (roots included, each counted once). */
	long countSubtrees(Collection<OrgUnitId> roots);

	List<OrgUnitSummary> children(OrgUnitId parent);

	/** The codes of the unit types, in the catalogue's order (province first, party cell last). */
	List<String> typeCodes();

	/** Members in a chapter today under each direct subordinate of {@code unit} (the current tree). */
	java.util.Map<OrgUnitId, Long> memberCountsByChild(OrgUnitId unit);

	/** Members in a chapter today under the given roots (each member counted once). */
	long memberCount(Collection<OrgUnitId> roots);

	/** The units that took over from {@code id} in a merge or a split (empty while it lives). */
	List<OrgUnitId> successors(OrgUnitId id);

	/** The abbreviation of the unit in document symbols (HU, ĐU, TU…), if one was entered. */
	Optional<String> documentAbbreviation(OrgUnitId id);

	/** The units without a parent. */
	List<OrgUnitSummary> roots();
}
