package vn.xdd.document.numbering.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.numbering.domain.CommitteeTerm;
import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.shared.OrgUnitId;

/** The committee terms a unit declared, as the settings page lists them. */
@Component
public class CommitteeTerms {

	private final JdbcNumbering numbering;

	CommitteeTerms(JdbcNumbering numbering) {
		this.numbering = numbering;
	}

	/** The unit's terms, the latest first. */
	@Transactional(readOnly = true)
	public List<CommitteeTerm> of(OrgUnitId unit) {
		return numbering.terms(unit);
	}
}
