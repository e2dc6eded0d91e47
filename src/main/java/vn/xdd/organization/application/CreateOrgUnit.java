package vn.xdd.organization.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitCreated;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Adds a unit under an existing one. Only an administrator or the organisation board of the
 * parent (or of a unit above it) may do so. The full restructuring operations (rename, move,
 * merge, split, dissolve) belong to the organisation issue that follows the platform.
 */
@Component
@NamedInterface("use-cases")
public class CreateOrgUnit {

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	public CreateOrgUnit(JdbcOrgUnits units, AccessScope scope, ApplicationEventPublisher events) {
		this.units = units;
		this.scope = scope;
		this.events = events;
	}

	/**
	 * @param validTo the last day of the unit when it is entered as history (a unit that has
	 *        already ended, such as a district committee before July 2025); null while it exists
	 */
	public record Command(OrgUnitId parent, String typeCode, String name, LocalDate validFrom,
			@Nullable LocalDate validTo) {

		public Command(OrgUnitId parent, String typeCode, String name, LocalDate validFrom) {
			this(parent, typeCode, name, validFrom, null);
		}
	}

	@Transactional
	public OrgUnitSummary create(Command command) {
		scope.requireReach(command.parent(), "ORG_UNIT", command.parent().toString());
		if (!scope.hasRoleAt(Role.ADMIN, command.parent()) && !scope.hasRoleAt(Role.ORGANIZATION_BOARD, command.parent())) {
			throw new BusinessRuleException("orgUnit.error.notAllowed");
		}
		String name = command.name().strip();
		if (name.isEmpty()) {
			throw new BusinessRuleException("orgUnit.error.nameRequired");
		}
		if (!units.typeExists(command.typeCode())) {
			throw new BusinessRuleException("orgUnit.error.unknownType", command.typeCode());
		}
		OrgUnitSummary parent = units.find(command.parent())
			.orElseThrow(() -> new BusinessRuleException("orgUnit.error.unknownParent"));
		if (command.validFrom().isBefore(parent.validFrom())) {
			throw new BusinessRuleException("orgUnit.error.beforeParent", parent.validFrom());
		}
		if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
			throw new BusinessRuleException("orgUnit.error.endsBeforeStart");
		}
		if (parent.validTo() != null && (command.validTo() == null || command.validTo().isAfter(parent.validTo()))) {
			throw new BusinessRuleException("orgUnit.error.outlivesParent", parent.validTo());
		}
		long id = units.insert(command.parent(), command.typeCode(), name, command.validFrom(), command.validTo());
		OrgUnitSummary created = units.find(new OrgUnitId(id)).orElseThrow();
		events.publishEvent(new OrgUnitCreated(created));
		return created;
	}
}
