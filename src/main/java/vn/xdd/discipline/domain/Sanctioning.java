package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/**
 * The rules a discipline decision passes, in the order the procedure checks them: the form for
 * the subject, the post to remove, the body's authority, then the limitation period (voted first,
 * checked after: an expired period closes the case without discipline).
 */
public final class Sanctioning {

	/** What may be proposed for this subject at all (the body that decides is judged later). */
	public static final RuleList<ProposedDiscipline> PROPOSAL = RuleList.of(new CaseHasViolation(),
			new FormFitsSubject(), new RemovalOnlyFromAPost());

	/** What may be decided at all. */
	public static final RuleList<ProposedDiscipline> FORM = RuleList.of(new FormFitsSubject(),
			new RemovalOnlyFromAPost(), new BodyHasAuthority());

	/** The vote of the body, when recorded. */
	public static final RuleList<vn.xdd.discipline.Vote> VOTE = RuleList.of(new VoteCarriesTheForm());

	/** The days of the decision. */
	public static final RuleList<DecisionDays> DAYS = RuleList.of(new DecisionDaysInOrder());

	/** Everything a decision imposing the form must pass. */
	public static final RuleList<ProposedDiscipline> DECISION = RuleList.of(new CaseHasViolation(), new FormFitsSubject(),
			new RemovalOnlyFromAPost(), new BodyHasAuthority(), new LimitationNotExpired());

	private Sanctioning() {
	}
}
