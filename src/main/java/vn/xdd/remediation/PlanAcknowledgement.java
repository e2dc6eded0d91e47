package vn.xdd.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** A target unit acknowledges a plan in force (today when no day is given). */
public interface PlanAcknowledgement {

	void acknowledge(PlanId plan, OrgUnitId unit, @Nullable LocalDate on);
}
