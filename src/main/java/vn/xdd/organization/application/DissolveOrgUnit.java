package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitDissolution;
import vn.xdd.organization.OrgUnitDissolved;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.OrgUnitId;

/**
 * Dissolves a unit (giải thể, kết thúc hoạt động) from a date: refused while units or members
 * remain in it, unless the members are moved to another chapter in the same act. The unit ends
 * the day before and stays in history (the district committees ended on 30/6/2025).
 */
@Component
public class DissolveOrgUnit implements OrgUnitDissolution {

	private final RestructuringSupport support;

	public DissolveOrgUnit(RestructuringSupport support) {
		this.support = support;
	}

	@Override
	@Transactional
	public void dissolve(OrgUnitId unitId, LocalDate from, @Nullable OrgUnitId moveMembersTo,
			@Nullable String decisionRef, @Nullable String note) {
		OrgUnitSummary unit = support.editable(unitId);
		OrgUnitVersion latest = support.history.latest(unitId.value());
		RestructuringSupport.check(RestructuringRules.canEndBefore(unit.name(), latest.validFrom(), latest.validTo(),
				from));
		int children = support.history.childrenOn(unitId.value(), from).size();
		int members = support.history.membersOn(unitId.value(), from).size();
		RestructuringSupport.check(RestructuringRules.emptyBeforeDissolving(unit.name(), children, members,
				moveMembersTo != null));
		List<UnitRole> links = new ArrayList<>(List.of(new UnitRole(unitId.value(), "SUBJECT")));
		OrgUnitSummary target = null;
		if (moveMembersTo != null && members > 0) {
			target = support.editable(moveMembersTo);
			RestructuringSupport.check(RestructuringRules.targetActive(target.name(), target.activeOn(from)));
			RestructuringSupport.check(RestructuringRules.membersNeedAChapter(target.name(), members,
					support.units.holdsMembers(moveMembersTo)));
			links.add(new UnitRole(moveMembersTo.value(), "TARGET"));
		}
		long event = support.record("DISSOLVE", from, decisionRef, note, "Kết thúc hoạt động \"" + unit.name() + "\""
				+ (target == null ? "" : ", chuyển " + members + " đảng viên về \"" + target.name() + "\""), links);
		if (target != null) {
			support.moveMembers(unitId.value(), target.id().value(), from, decisionRef, event);
		}
		for (long position : support.history.openPositions(unitId.value())) {
			support.history.endPositionBefore(position, from);
		}
		support.history.end(unitId.value(), from.minusDays(1));
		support.publish(new OrgUnitDissolved(event, unitId, unit.name(), target == null ? null : target.id(),
				target == null ? null : target.name(), target == null ? 0 : members, from));
	}
}
