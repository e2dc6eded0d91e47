package vn.xdd.discipline;

/**
 * Why a case was closed without discipline: the limitation period ran out, there was no violation,
 * or discipline was waived. Labels: {@code closingReason.<NAME>}.
 */
public enum ClosingReason {
	LIMITATION_EXPIRED, NO_VIOLATION, WAIVED;

	public String messageKey() {
		return "closingReason." + name();
	}
}
