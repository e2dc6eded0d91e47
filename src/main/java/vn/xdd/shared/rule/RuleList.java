package vn.xdd.shared.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one process step, in the order they are checked (e.g. every rule a verification
 * of a progress report must pass). The use case enforces the list with {@link #enforce}; a page or
 * the API asks the same list with {@link #check} to decide which buttons to show, so nothing
 * re-states a rule elsewhere.
 *
 * @param <C> what the rules judge
 */
public final class RuleList<C> {

	private final List<Rule<? super C>> rules;

	private RuleList(List<Rule<? super C>> rules) {
		this.rules = List.copyOf(rules);
	}

	@SafeVarargs
	public static <C> RuleList<C> of(Rule<? super C>... rules) {
		List<Rule<? super C>> list = new ArrayList<>(rules.length);
		for (Rule<? super C> rule : rules) {
			list.add(Objects.requireNonNull(rule, "rule"));
		}
		return new RuleList<C>(list);
	}

	public List<Rule<? super C>> rules() {
		return rules;
	}

	/** The first refusal in the list's order, or allowed when every rule allows. */
	public RuleResult check(C candidate) {
		for (Rule<? super C> rule : rules) {
			RuleResult result = rule.check(candidate);
			if (result.isRefused()) {
				return result;
			}
		}
		return RuleResult.allowed();
	}

	/** Every refusal, in the list's order: for a page that lists all that stands in the way. */
	public List<RuleResult.Refused> refusals(C candidate) {
		List<RuleResult.Refused> refusals = new ArrayList<>();
		for (Rule<? super C> rule : rules) {
			if (rule.check(candidate) instanceof RuleResult.Refused refused) {
				refusals.add(refused);
			}
		}
		return List.copyOf(refusals);
	}

	/** Whether every rule allows: what a page asks before it shows the action. */
	public boolean allows(C candidate) {
		return check(candidate).isAllowed();
	}

	/** Throws the first refusal as a {@code BusinessRuleException}; nothing is changed. */
	public void enforce(C candidate) {
		check(candidate).orThrow();
	}
}
