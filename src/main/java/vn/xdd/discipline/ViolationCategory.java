package vn.xdd.discipline;

/**
 * The category of a violation, which decides whether a limitation period applies
 * (../shared/domain/discipline.md): ordinary violations have one; violations of internal politics,
 * of national security, defence and foreign affairs, the use of illegal diplomas or certificates,
 * and violations deserving expulsion have none (as each rule set lists). Labels:
 * {@code violationCategory.<NAME>}.
 */
public enum ViolationCategory {
	ORDINARY, INTERNAL_POLITICS, SECURITY_DEFENCE_FOREIGN_AFFAIRS, ILLEGAL_DIPLOMAS, DESERVING_EXPULSION;

	public String messageKey() {
		return "violationCategory." + name();
	}
}
