package vn.xdd.document.numbering.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Removes a term declared by mistake; a term in which documents were numbered stays. */
@Service
public class RemoveCommitteeTerm {

	/** For the audit trail. */
	public record CommitteeTermRemoved(long termId, long unitId) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("DELETE", "COMMITTEE_TERM", termId, "unit " + unitId, null);
		}
	}

	private final JdbcNumbering numbering;

	private final NumberingAccess access;

	private final ApplicationEventPublisher events;

	public RemoveCommitteeTerm(JdbcNumbering numbering, NumberingAccess access, ApplicationEventPublisher events) {
		this.numbering = numbering;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public void remove(OrgUnitId unit, long termId) {
		access.requireManager(unit);
		if (!numbering.deleteUnusedTerm(unit, termId)) {
			throw new BusinessRuleException("document.error.termInUse");
		}
		events.publishEvent(new CommitteeTermRemoved(termId, unit.value()));
	}
}
