package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSplit;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Splits a unit (chia tách) from a date into new units, choosing which of its units and members
 * go to each. The source either continues with what is left, or ends the day before — then it
 * must hand everything over, and its records stay reachable from every part.
 */
@Component
public class SplitOrgUnit {

	private final RestructuringSupport support;

	public SplitOrgUnit(RestructuringSupport support) {
		this.support = support;
	}

	/**
	 * One unit the split creates.
	 *
	 * @param parent where it sits; null for the source's own parent
	 * @param childUnits units of the source that go to it
	 * @param members members of the source that go to it
	 */
	public record Part(String name, String typeCode, @Nullable OrgUnitId parent, List<OrgUnitId> childUnits,
			List<Long> members) {
	}

	@Transactional
	public List<OrgUnitId> split(OrgUnitId sourceId, List<Part> parts, boolean sourceContinues, LocalDate from,
			@Nullable String decisionRef, @Nullable String note) {
		OrgUnitSummary source = support.editable(sourceId);
		if (parts.isEmpty()) {
			throw new BusinessRuleException("restructure.error.splitNeedsParts");
		}
		OrgUnitVersion latest = support.history.latest(sourceId.value());
		RestructuringSupport.check(sourceContinues
				? RestructuringRules.effectiveInLatestPeriod(source.name(), latest.validFrom(), latest.validTo(), from)
				: RestructuringRules.canEndBefore(source.name(), latest.validFrom(), latest.validTo(), from));
		Set<Long> children = new HashSet<>(support.history.childrenOn(sourceId.value(), from));
		Set<Long> members = new HashSet<>(support.history.membersOn(sourceId.value(), from));
		Set<Long> assignedChildren = new HashSet<>();
		Set<Long> assignedMembers = new HashSet<>();
		for (Part part : parts) {
			for (OrgUnitId child : part.childUnits()) {
				if (!children.contains(child.value()) || !assignedChildren.add(child.value())) {
					throw new BusinessRuleException("restructure.error.splitChildNotInSource");
				}
			}
			for (Long member : part.members()) {
				if (!members.contains(member) || !assignedMembers.add(member)) {
					throw new BusinessRuleException("restructure.error.splitMemberNotInSource");
				}
			}
		}
		if (!sourceContinues) {
			RestructuringSupport.check(RestructuringRules.splitHandsOverEverything(source.name(),
					children.size() - assignedChildren.size(), members.size() - assignedMembers.size()));
		}
		if (support.history.membershipsStartingAfter(sourceId.value(), from.minusDays(1)) > 0) {
			throw new BusinessRuleException("restructure.error.laterMemberships", source.name());
		}
		List<UnitRole> links = new ArrayList<>(List.of(new UnitRole(sourceId.value(), "SOURCE")));
		String partNames = String.join("\", \"", parts.stream().map(p -> p.name().strip()).toList());
		long event = support.record("SPLIT", from, decisionRef, note,
				"Chia tách \"" + source.name() + "\" thành \"" + partNames + "\""
						+ (sourceContinues ? " (đơn vị cũ tiếp tục hoạt động)" : ""),
				links);
		List<OrgUnitId> created = new ArrayList<>();
		for (Part part : parts) {
			OrgUnitId parentId = part.parent() != null ? part.parent()
					: latest.parentId() == null ? null : new OrgUnitId(latest.parentId());
			if (parentId == null) {
				throw new BusinessRuleException("restructure.error.splitNeedsParent");
			}
			OrgUnitSummary parent = support.editable(parentId);
			RestructuringSupport.check(RestructuringRules.targetActive(parent.name(), parent.activeOn(from)));
			RestructuringSupport.check(RestructuringRules.typeAllowed(support.typeAllowedUnder(part.typeCode(),
					parent.typeCode()), RestructuringSupport.typeLabel(part.typeCode()),
					RestructuringSupport.typeLabel(parent.typeCode())));
			String name = part.name().strip().replaceAll("\\s+", " ");
			if (name.isEmpty()) {
				throw new BusinessRuleException("orgUnit.error.nameRequired");
			}
			long id = support.units.insert(parentId, part.typeCode(), name, from, null);
			support.history.attributes(id, null, null, event);
			support.history.link(event, id, "CREATED");
			boolean holdsMembers = support.units.holdsMembers(new OrgUnitId(id));
			RestructuringSupport.check(RestructuringRules.membersNeedAChapter(name, part.members().size(), holdsMembers));
			for (OrgUnitId child : part.childUnits()) {
				String childType = support.history.latest(child.value()).typeCode();
				RestructuringSupport.check(RestructuringRules.typeAllowed(support.typeAllowedUnder(childType,
						part.typeCode()), RestructuringSupport.typeLabel(childType),
						RestructuringSupport.typeLabel(part.typeCode())));
				support.reparent(child.value(), id, from, event);
			}
			for (Long member : part.members()) {
				support.members.transfer(member, id, from, decisionRef, event);
			}
			if (!sourceContinues) {
				support.history.addSuccession(sourceId.value(), id, event);
			}
			created.add(new OrgUnitId(id));
		}
		if (!sourceContinues) {
			for (long position : support.history.openPositions(sourceId.value())) {
				support.history.endPositionBefore(position, from);
			}
			support.history.end(sourceId.value(), from.minusDays(1));
		}
		support.publish(new OrgUnitSplit(event, sourceId, source.name(), created,
				parts.stream().map(p -> p.name().strip()).toList(), sourceContinues, from));
		return created;
	}
}
