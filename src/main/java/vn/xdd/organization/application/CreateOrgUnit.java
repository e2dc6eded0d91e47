package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.NewOrgUnit;
import vn.xdd.organization.OrgUnitCreated;
import vn.xdd.organization.OrgUnitFounding;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.RestructuringSupport.UnitRole;
import vn.xdd.organization.domain.RestructuringRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Adds a unit under an existing one, as a recorded event (thành lập). Only an administrator or
 * the organisation board of the parent (or of a unit above it) may do so, and only with a type
 * the catalogue allows under the parent's type. A unit entered as history (one that has already
 * ended) carries its end date too.
 */
@Component
public class CreateOrgUnit implements OrgUnitFounding {

	private final RestructuringSupport support;

	public CreateOrgUnit(RestructuringSupport support) {
		this.support = support;
	}

	@Override
	@Transactional
	public OrgUnitSummary create(NewOrgUnit command) {
		OrgUnitSummary parent = support.editable(command.parent());
		String name = command.name().strip().replaceAll("\\s+", " ");
		if (name.isEmpty() || name.length() > 300) {
			throw new BusinessRuleException("orgUnit.error.nameRequired");
		}
		if (!support.units.typeExists(command.typeCode())) {
			throw new BusinessRuleException("orgUnit.error.unknownType", command.typeCode());
		}
		RestructuringSupport.check(RestructuringRules.typeAllowed(
				support.typeAllowedUnder(command.typeCode(), parent.typeCode()),
				RestructuringSupport.typeLabel(command.typeCode()), RestructuringSupport.typeLabel(parent.typeCode())));
		if (command.validFrom().isBefore(parent.validFrom())) {
			throw new BusinessRuleException("orgUnit.error.beforeParent", parent.validFrom());
		}
		if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
			throw new BusinessRuleException("orgUnit.error.endsBeforeStart");
		}
		if (parent.validTo() != null && (command.validTo() == null || command.validTo().isAfter(parent.validTo()))) {
			throw new BusinessRuleException("orgUnit.error.outlivesParent", parent.validTo());
		}
		long id = support.units.insert(command.parent(), command.typeCode(), name, command.validFrom(),
				command.validTo());
		long event = support.record("CREATE", command.validFrom(), command.decisionRef(), null,
				"Thành lập \"" + name + "\" trực thuộc \"" + parent.name() + "\""
						+ (command.validTo() == null ? "" : ", hoạt động đến " + command.validTo()),
				List.of(new UnitRole(id, "CREATED"), new UnitRole(parent.id().value(), "NEW_PARENT")));
		support.history.attributes(id, RenameOrgUnit.blank(command.shortName()),
				RenameOrgUnit.blank(command.docAbbreviation()), event);
		support.publish(new OrgUnitCreated(event, new OrgUnitId(id), name, parent.id(), parent.name(), command.validFrom()));
		return support.units.find(new OrgUnitId(id)).orElseThrow();
	}
}
