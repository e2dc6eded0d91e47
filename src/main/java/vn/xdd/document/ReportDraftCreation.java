package vn.xdd.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Starting the results report of a unit over a period, optionally answering a review campaign. */
public interface ReportDraftCreation {

	/** The new draft's id. */
	long create(OrgUnitId unit, LocalDate from, LocalDate to, @Nullable Long campaignId);
}
