package vn.xdd.classification;

/** Publishes a round whose evaluated subjects are all decided: its results become the results of the year. */
public interface RoundPublication {

	void publish(RoundId round);
}
