package vn.xdd.classification;

import java.util.List;
import java.util.Optional;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/** Results by year, for the other modules (cadre work reads the last years of a candidate). No scope check. */
public interface ClassificationResults {

	/** The member's results, latest year first, cancelled ones left out. */
	List<YearResult> ofMember(MemberId member);

	Optional<YearResult> ofMember(MemberId member, int year);

	Optional<YearResult> ofOrganization(OrgUnitId organization, int year);
}
