package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/** The inspection committee of a committee opens a case against a member or a party organisation in its scope. */
public interface CaseOpening {

	CaseId open(Command command);

	/**
	 * @param member the member the case is against, or null
	 * @param organization the organisation the case is against, or null (exactly one of the two)
	 * @param openedBy the committee whose inspection committee opens the case
	 */
	record Command(@Nullable MemberId member, @Nullable OrgUnitId organization, OrgUnitId openedBy, CaseSource source,
			LocalDate openedOn, String summary) {

		public Command {
			Objects.requireNonNull(openedBy, "openedBy");
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(openedOn, "openedOn");
			Objects.requireNonNull(summary, "summary");
		}
	}
}
