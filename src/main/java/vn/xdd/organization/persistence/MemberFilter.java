package vn.xdd.organization.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;

/**
 * What the member list filters on; null or empty fields do not filter.
 *
 * @param unitIds the units whose members are listed (a unit and its subtree, already resolved
 *        and limited to the user's scope)
 * @param query a diacritic-insensitive search in names ("nguyen van duc" finds "Nguyễn Văn Đức"),
 *        also matching a party-card number or citizen ID given whole
 * @param bornFrom earliest birth date (from the age band)
 * @param bornTo latest birth date (from the age band)
 * @param position a title currently held ("Bí thư")
 */
public record MemberFilter(Collection<Long> unitIds, @Nullable String query, Set<MemberStatus> statuses,
		@Nullable Sex sex, @Nullable String ethnicity, @Nullable LocalDate bornFrom, @Nullable LocalDate bornTo,
		@Nullable String position, @Nullable PoliticalTheory politicalTheory) {
}
