package vn.xdd.classification.domain;

import java.util.ArrayList;
import java.util.List;

import vn.xdd.classification.Level;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleList;
import vn.xdd.shared.rule.RuleResult;

/**
 * Every gate of classification, in the order the appraisal reads them. Each applies only where the
 * rule set's settings say so; a rule set that does not know a gate lets it through.
 */
public final class Gates {

	public static final RuleList<LevelClaim> ALL = RuleList.of(new MustBeEvaluated(), new DisciplinedInYear(),
			new ScoreBand(), new NoPoorGrade(), new TasksOnTime(), new StateRatingAgrees(), new WeakOrganization(),
			new SubordinatesCarryTheLevel(), new EarlierShortcomingsRemedied(), new LeadershipNotDisciplined(),
			new QuotaNotExceeded());

	/** A gate that refused a level, and whether the appraisal may overrule it. */
	public record Failure(RuleResult.Refused refusal, boolean overrulable) {
	}

	/** Every gate that refuses the level, in order. */
	public static List<Failure> failures(ProposalFacts facts, Level level) {
		LevelClaim claim = new LevelClaim(facts, level);
		List<Failure> failures = new ArrayList<>();
		for (Rule<? super LevelClaim> rule : ALL.rules()) {
			if (rule.check(claim) instanceof RuleResult.Refused refused) {
				failures.add(new Failure(refused, rule instanceof Gate gate && gate.overrulable()));
			}
		}
		return List.copyOf(failures);
	}

	/** The best level no gate refuses (overrulable ones included), or null when the subject is not evaluated. */
	public static @org.jspecify.annotations.Nullable Level highestAllowed(ProposalFacts facts) {
		if (facts.notEvaluated() != null) {
			return null;
		}
		for (Level level : Level.values()) {
			if (failures(facts, level).isEmpty()) {
				return level;
			}
		}
		return Level.NOT_COMPLETED;
	}

	private Gates() {
	}
}
