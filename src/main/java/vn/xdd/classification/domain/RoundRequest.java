package vn.xdd.classification.domain;

import java.util.Optional;

/** A round asked for a year: the rule set governing it, if any, and the current year. */
public record RoundRequest(int year, Optional<RuleSet> ruleSet, int currentYear) {
}
