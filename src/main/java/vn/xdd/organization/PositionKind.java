package vn.xdd.organization;

/** Kinds of position: in the party, or in the state and mass organisations. */
public enum PositionKind {
	PARTY, GOVERNMENT
}
