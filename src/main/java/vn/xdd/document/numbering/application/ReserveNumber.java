package vn.xdd.document.numbering.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.numbering.domain.CommitteeTerm;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.document.numbering.domain.NumberingRule;
import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Gives a document its number in the series of its issuing unit, type and committee term
 * ({@link NumberingRule}). The next number is taken in one statement, so documents issued at
 * the same moment never share a number; a number with a letter (42a) does not advance the series.
 * The caller checks who may issue; the reservation holds when the caller's transaction commits.
 */
@Service
public class ReserveNumber {

	/** The number reserved and the term it belongs to. */
	public record Reservation(CommitteeTerm term, DocumentNumber number) {
	}

	private final JdbcNumbering numbering;

	private final IssuerProfiles profiles;

	public ReserveNumber(JdbcNumbering numbering, IssuerProfiles profiles) {
		this.numbering = numbering;
		this.profiles = profiles;
	}

	/**
	 * @param inserted null for the next number of the series; 42 or 42a for a document inserted after 42
	 */
	@Transactional
	public Reservation reserve(OrgUnitId unit, String typeCode, LocalDate issuedOn, @Nullable DocumentNumber inserted) {
		if (!numbering.typeExists(typeCode)) {
			throw new BusinessRuleException("document.error.unknownType", typeCode);
		}
		CommitteeTerm term = NumberingRule.termFor(numbering.terms(unit), issuedOn, profiles.unitName(unit));
		if (inserted == null) {
			return new Reservation(term, DocumentNumber.of(numbering.reserve(unit, typeCode, term.id())));
		}
		return new Reservation(term, NumberingRule.inserted(inserted,
				numbering.issuedWithNumber(unit, typeCode, term.id(), inserted.number())));
	}
}
