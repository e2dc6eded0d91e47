package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitMoved;
import vn.xdd.organization.OrgUnitMoving;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Puts a unit (with everything under it) under another parent from a date. */
@Component
public class MoveOrgUnit implements OrgUnitMoving {

	private final RestructuringSupport support;

	public MoveOrgUnit(RestructuringSupport support) {
		this.support = support;
	}

	@Override
	@Transactional
	public void move(OrgUnitId unitId, OrgUnitId newParentId, LocalDate from, @Nullable String decisionRef,
			@Nullable String note) {
		OrgUnitSummary unit = support.editable(unitId);
		OrgUnitSummary newParent = support.editable(newParentId);
		OrgUnitVersion latest = support.history.latest(unitId.value());
		RestructuringSupport.check(RestructuringRules.effectiveInLatestPeriod(unit.name(), latest.validFrom(),
				latest.validTo(), from));
		if (latest.parentId() != null && latest.parentId() == newParentId.value()) {
			throw new BusinessRuleException("restructure.error.sameParent");
		}
		RestructuringSupport.check(RestructuringRules.notUnderItself(unitId.value(),
				support.units.ancestorsAndSelf(newParentId).stream().map(OrgUnitId::value).toList()));
		RestructuringSupport.check(RestructuringRules.targetActive(newParent.name(), newParent.activeOn(from)));
		RestructuringSupport.check(RestructuringRules.typeAllowed(
				support.typeAllowedUnder(unit.typeCode(), newParent.typeCode()),
				RestructuringSupport.typeLabel(unit.typeCode()), RestructuringSupport.typeLabel(newParent.typeCode())));
		String oldParent = latest.parentId() == null ? ""
				: support.units.find(new OrgUnitId(latest.parentId())).map(OrgUnitSummary::name).orElse("");
		String summary = "Chuyển \"" + unit.name() + "\" từ \"" + oldParent + "\" về \"" + newParent.name() + "\"";
		long event = support.record("MOVE", from, decisionRef, note, summary,
				latest.parentId() == null
						? List.of(new UnitRole(unitId.value(), "SUBJECT"), new UnitRole(newParentId.value(), "NEW_PARENT"))
						: List.of(new UnitRole(unitId.value(), "SUBJECT"), new UnitRole(latest.parentId(), "OLD_PARENT"),
								new UnitRole(newParentId.value(), "NEW_PARENT")));
		support.reparent(unitId.value(), newParentId.value(), from, event);
		support.publish(new OrgUnitMoved(event, unitId, unit.name(),
				latest.parentId() == null ? null : new OrgUnitId(latest.parentId()), oldParent, newParentId,
				newParent.name(), from));
	}
}
