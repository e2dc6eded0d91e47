package vn.xdd.remediation;

import java.util.Collection;
import java.util.List;

import vn.xdd.shared.OrgUnitId;

/** Disseminates a plan to units of the issuer's subtree; the first dissemination issues a draft. */
public interface PlanDissemination {

	/** The units newly reached. */
	List<OrgUnitId> disseminate(PlanId plan, Collection<OrgUnitId> targets);
}
