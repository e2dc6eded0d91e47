package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.NewMergedUnit;
import vn.xdd.organization.OrgUnitMerging;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnitsMerged;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.OrgUnitVersion;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Merges units into one (hợp nhất, sáp nhập) from a date: into an existing unit, or into a new one
 * created by the same act (as the commune committees of July 2025 were). The units under each
 * source move under the target, the members and their posts in it move to the target, and each
 * source ends the day before; it stays in history, and what was recorded under it stays
 * reachable from the target.
 */
@Component
public class MergeOrgUnits implements OrgUnitMerging {

	private final RestructuringSupport support;

	public MergeOrgUnits(RestructuringSupport support) {
		this.support = support;
	}

	/**
	 * @param target an existing unit, or null with {@code newUnit}
	 * @return the target unit
	 */
	@Override
	@Transactional
	public OrgUnitId merge(List<OrgUnitId> sources, @Nullable OrgUnitId target, @Nullable NewMergedUnit newUnit,
			LocalDate from, @Nullable String decisionRef, @Nullable String note) {
		Set<OrgUnitId> distinct = new LinkedHashSet<>(sources);
		if (distinct.isEmpty() || (target == null) == (newUnit == null)) {
			throw new BusinessRuleException("restructure.error.mergeNeedsSourcesAndTarget");
		}
		List<OrgUnitSummary> sourceUnits = new ArrayList<>();
		for (OrgUnitId source : distinct) {
			OrgUnitSummary unit = support.editable(source);
			OrgUnitVersion latest = support.history.latest(source.value());
			RestructuringSupport.check(RestructuringRules.canEndBefore(unit.name(), latest.validFrom(),
					latest.validTo(), from));
			sourceUnits.add(unit);
		}
		List<Long> sourceIds = distinct.stream().map(OrgUnitId::value).toList();
		List<UnitRole> links = new ArrayList<>();
		sourceIds.forEach(id -> links.add(new UnitRole(id, "SOURCE")));
		String names = String.join("\", \"", sourceUnits.stream().map(OrgUnitSummary::name).toList());
		OrgUnitSummary targetUnit;
		long event;
		String summary;
		if (target != null) {
			targetUnit = support.editable(target);
			RestructuringSupport.check(RestructuringRules.targetOutsideSources(target.value(), sourceIds,
					support.units.ancestorsAndSelf(target).stream().map(OrgUnitId::value).toList()));
			RestructuringSupport.check(RestructuringRules.targetActive(targetUnit.name(), targetUnit.activeOn(from)));
			links.add(new UnitRole(target.value(), "TARGET"));
			summary = "Hợp nhất \"" + names + "\" vào \"" + targetUnit.name() + "\"";
			event = support.record("MERGE", from, decisionRef, note, summary, links);
		}
		else {
			OrgUnitSummary parent = support.editable(newUnit.parent());
			RestructuringSupport.check(RestructuringRules.targetOutsideSources(-1, sourceIds,
					support.units.ancestorsAndSelf(newUnit.parent()).stream().map(OrgUnitId::value).toList()));
			RestructuringSupport.check(RestructuringRules.targetActive(parent.name(), parent.activeOn(from)));
			RestructuringSupport.check(RestructuringRules.typeAllowed(
					support.typeAllowedUnder(newUnit.typeCode(), parent.typeCode()),
					RestructuringSupport.typeLabel(newUnit.typeCode()), RestructuringSupport.typeLabel(parent.typeCode())));
			String name = newUnit.name().strip().replaceAll("\\s+", " ");
			if (name.isEmpty()) {
				throw new BusinessRuleException("orgUnit.error.nameRequired");
			}
			summary = "Hợp nhất \"" + names + "\" thành \"" + name + "\"";
			event = support.record("MERGE", from, decisionRef, note, summary, links);
			long created = support.units.insert(newUnit.parent(), newUnit.typeCode(), name, from, null);
			support.history.attributes(created, RenameOrgUnit.blank(newUnit.shortName()),
					RenameOrgUnit.blank(newUnit.docAbbreviation()), event);
			support.history.link(event, created, "CREATED");
			targetUnit = support.units.find(new OrgUnitId(created)).orElseThrow();
		}
		long targetId = targetUnit.id().value();
		boolean targetHoldsMembers = support.units.holdsMembers(targetUnit.id());
		for (OrgUnitSummary source : sourceUnits) {
			long sourceId = source.id().value();
			int members = support.history.membersOn(sourceId, from).size();
			RestructuringSupport.check(RestructuringRules.membersNeedAChapter(targetUnit.name(), members,
					targetHoldsMembers));
			for (long child : support.history.childrenOn(sourceId, from)) {
				String childType = support.history.latest(child).typeCode();
				RestructuringSupport.check(RestructuringRules.typeAllowed(
						support.typeAllowedUnder(childType, targetUnit.typeCode()), RestructuringSupport.typeLabel(childType),
						RestructuringSupport.typeLabel(targetUnit.typeCode())));
				support.reparent(child, targetId, from, event);
			}
			support.moveMembers(sourceId, targetId, from, decisionRef, event);
			support.history.end(sourceId, from.minusDays(1));
			support.history.addSuccession(sourceId, targetId, event);
		}
		support.publish(new OrgUnitsMerged(event, List.copyOf(distinct),
				sourceUnits.stream().map(OrgUnitSummary::name).toList(), targetUnit.id(), targetUnit.name(), from, summary));
		return targetUnit.id();
	}
}
