package vn.xdd.review.reviews.application;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.review.HolderKind;
import vn.xdd.shared.OrgUnitId;

/**
 * Who a review is of, as resolved against the campaign: a collective of a unit, or a member with
 * the chapter they belonged to on the period's last day.
 *
 * @param name the unit's name, or the member's full name
 */
public record ReviewSubject(HolderKind kind, OrgUnitId unit, @Nullable MemberId member, String name, String unitName) {
}
