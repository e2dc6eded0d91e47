package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitRenamed;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Gives a unit a new name (and short name, document abbreviation) from a date. */
@Component
public class RenameOrgUnit {

	private final RestructuringSupport support;

	public RenameOrgUnit(RestructuringSupport support) {
		this.support = support;
	}

	@Transactional
	public void rename(OrgUnitId unitId, String name, @Nullable String shortName, @Nullable String docAbbreviation,
			LocalDate from, @Nullable String decisionRef, @Nullable String note) {
		OrgUnitSummary unit = support.editable(unitId);
		String newName = name.strip().replaceAll("\\s+", " ");
		if (newName.isEmpty() || newName.length() > 300) {
			throw new BusinessRuleException("orgUnit.error.nameRequired");
		}
		OrgUnitVersion latest = support.history.latest(unitId.value());
		RestructuringSupport.check(RestructuringRules.effectiveInLatestPeriod(unit.name(), latest.validFrom(),
				latest.validTo(), from));
		String summary = "Đổi tên \"" + latest.name() + "\" thành \"" + newName + "\"";
		long event = support.record("RENAME", from, decisionRef, note, summary,
				List.of(new UnitRole(unitId.value(), "SUBJECT")));
		support.history.changeFrom(latest, from, latest.withNames(newName, blank(shortName), blank(docAbbreviation)),
				event);
		support.publish(new OrgUnitRenamed(event, unitId, latest.name(), newName, from));
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
