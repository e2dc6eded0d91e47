package vn.xdd.discipline;

import java.time.LocalDate;

/** The decisions of cases, for the document module that issues them as QUYẾT ĐỊNH through its register. */
public interface DisciplineDecisions {

	/** The decision of the case, if it is decided; not found outside the reader's scope. */
	DecisionContent content(CaseId id);

	/** The register issued the decision under this number and symbol on this day: the case takes them. */
	void recordIssuedNumber(CaseId id, String numberSymbol, LocalDate issuedOn);
}
