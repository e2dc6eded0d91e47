package vn.xdd.document;

/** Declaring a term of a unit's party committee, within which document numbers run from 01. */
public interface CommitteeTermDeclaration {

	/** The new term's id; refused when the term overlaps another of the unit. */
	long declare(NewCommitteeTerm term);
}
