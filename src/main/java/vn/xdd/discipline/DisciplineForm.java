package vn.xdd.discipline;

/**
 * The forms of party discipline, lightest first (../shared/domain/discipline.md): reprimand
 * (khiển trách), warning (cảnh cáo), removal from post (cách chức), expulsion (khai trừ) for
 * members, dissolution (giải tán) for organisations. Labels: {@code disciplineForm.<NAME>}.
 */
public enum DisciplineForm {
	REPRIMAND(1), WARNING(2), REMOVAL_FROM_POST(3), EXPULSION(4), DISSOLUTION(4);

	private final int severity;

	DisciplineForm(int severity) {
		this.severity = severity;
	}

	/** 1 for the lightest form; a heavier form has a larger number. */
	public int severity() {
		return severity;
	}

	/** Expulsion and dissolution end the subject's membership: such a decision never lapses. */
	public boolean endsMembership() {
		return this == EXPULSION || this == DISSOLUTION;
	}

	public String messageKey() {
		return "disciplineForm." + name();
	}
}
