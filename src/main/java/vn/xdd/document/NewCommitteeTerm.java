package vn.xdd.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A term of a unit's party committee, as declared by its office.
 *
 * @param endsOn the last day of the term; none while it runs
 */
public record NewCommitteeTerm(OrgUnitId unit, String name, LocalDate startsOn, @Nullable LocalDate endsOn) {
}
