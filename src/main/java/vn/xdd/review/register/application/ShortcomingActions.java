package vn.xdd.review.register.application;

/**
 * What the user may do with an item now, as the use cases’ own rule lists answer it: the item’s
 * page shows exactly these forms.
 *
 * @param awaitingUpperLevel the item is reported and this user cannot verify it: the page says
 *        that the upper level decides
 */
public record ShortcomingActions(boolean start, boolean report, boolean addEvidence, boolean verify,
		boolean returnItem, boolean close, boolean awaitingUpperLevel) {
}
