package vn.xdd.discipline;

/**
 * How the competent body voted the form: how many members it has, how many voted for and against
 * (the others abstained or were absent).
 */
public record Vote(int members, int inFavour, int against) {

	public Vote {
		if (members < 0 || inFavour < 0 || against < 0) {
			throw new IllegalArgumentException("a vote counts people");
		}
	}
}
