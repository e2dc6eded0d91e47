package vn.xdd.document.numbering.application;

import vn.xdd.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.CommitteeTermDeclaration;
import vn.xdd.document.NewCommitteeTerm;
import vn.xdd.document.numbering.domain.NumberingRule;
import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/** Declares a term of a unit's party committee, within which document numbers run from 01. */
@Service
public class DeclareCommitteeTerm implements CommitteeTermDeclaration {

	/** For the audit trail. */
	public record CommitteeTermDeclared(long termId, long unitId, String summary) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "COMMITTEE_TERM", termId, null, "unit " + unitId + ": " + summary);
		}
	}

	private final JdbcNumbering numbering;

	private final NumberingAccess access;

	private final ApplicationEventPublisher events;

	DeclareCommitteeTerm(JdbcNumbering numbering, NumberingAccess access, ApplicationEventPublisher events) {
		this.numbering = numbering;
		this.access = access;
		this.events = events;
	}

	@Override
	@Transactional
	public long declare(NewCommitteeTerm command) {
		access.requireManager(command.unit());
		String name = command.name().strip();
		if (name.isEmpty()) {
			throw new BusinessRuleException("document.error.termName");
		}
		NumberingRule.requireNoOverlap(numbering.terms(command.unit()), command.startsOn(), command.endsOn());
		long id = numbering.insertTerm(command.unit(), name, command.startsOn(), command.endsOn(),
				Actor.currentName());
		events.publishEvent(new CommitteeTermDeclared(id, command.unit().value(), name + " ("
				+ VietnameseText.date(command.startsOn()) + " – "
				+ (command.endsOn() == null ? "" : VietnameseText.date(command.endsOn())) + ")"));
		return id;
	}
}
