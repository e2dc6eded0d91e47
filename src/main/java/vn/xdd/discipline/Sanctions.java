package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.List;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * What a discipline decision means for the other modules, as of a day: classification asks who was
 * disciplined in a year, cadre work asks what bars planning, appointment or transfer. No scope check:
 * the caller checks the reach of its own record.
 */
public interface Sanctions {

	/** The sanctions in force against the member on the day (they bar transfer, rotation, appointment, promotion, titles and awards). */
	List<Sanction> inForceOn(MemberId member, LocalDate day);

	/** The sanctions in force against the organisation on the day. */
	List<Sanction> inForceOn(OrgUnitId organization, LocalDate day);

	/** The sanctions decided against the member in the year and not annulled (classification: one violation counts once). */
	List<Sanction> disciplinedIn(MemberId member, int year);

	/** The sanctions decided against the organisation in the year and not annulled. */
	List<Sanction> disciplinedIn(OrgUnitId organization, int year);

	/** The sanctions barring the member from planning and higher appointment on the day, with their last barred day. */
	List<PlanningBar> barredFromPlanningOrPromotion(MemberId member, LocalDate day);
}
