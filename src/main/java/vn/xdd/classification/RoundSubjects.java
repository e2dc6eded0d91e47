package vn.xdd.classification;

import java.util.List;

/** The subjects of a round the user reaches, in the round's order (organisations first, members by chapter). */
public interface RoundSubjects {

	List<SubjectSummary> of(RoundId round);
}
