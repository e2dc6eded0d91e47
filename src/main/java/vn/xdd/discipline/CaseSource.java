package vn.xdd.discipline;

/**
 * How the case came to the inspection committee: its own inspection, a denunciation, a finding of
 * the self-criticism review, or a report of the state side. Labels: {@code caseSource.<NAME>}.
 */
public enum CaseSource {
	INSPECTION, DENUNCIATION, REVIEW, STATE_REPORT;

	public String messageKey() {
		return "caseSource." + name();
	}
}
