package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** Merges units (hợp nhất, sáp nhập) into an existing unit or into one the merge founds. */
public interface OrgUnitMerging {

	/**
	 * @param target an existing unit, or null with {@code newUnit}
	 * @return the target unit
	 */
	OrgUnitId merge(List<OrgUnitId> sources, @Nullable OrgUnitId target, @Nullable NewMergedUnit newUnit,
			LocalDate from, @Nullable String decisionRef, @Nullable String note);
}
