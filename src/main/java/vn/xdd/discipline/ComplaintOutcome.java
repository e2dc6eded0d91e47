package vn.xdd.discipline;

/** What the ruling on a complaint did to the decision. Labels: {@code complaintOutcome.<NAME>}. */
public enum ComplaintOutcome {
	UPHELD, CHANGED, ANNULLED;

	public String messageKey() {
		return "complaintOutcome." + name();
	}
}
