package vn.xdd.classification.application;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;

/**
 * The administrator of the installation corrects a rule set's [unconfirmed] figures (thresholds,
 * quota, the six months, the earlier-shortcomings gate); every change is audited with the figures
 * before and after. Rounds already decided keep their decisions; open ones judge by the new figures.
 */
@Service
public class ChangeRuleSetSettings {

	private final JdbcClassification store;

	private final AccessScope scope;

	private final Steps steps;

	ChangeRuleSetSettings(JdbcClassification store, AccessScope scope, Steps steps) {
		this.store = store;
		this.scope = scope;
		this.steps = steps;
	}

	public boolean allowed() {
		return scope.isSystemAdministrator();
	}

	@Transactional
	public void change(String code, RuleSet.Settings settings, int version) {
		if (!allowed()) {
			throw new AccessDeniedException("only the installation's administrator changes classification rule sets");
		}
		RuleSet before = store.ruleSet(code).orElseThrow(() -> new NotFoundException("CLASSIFICATION_RULE_SET", code));
		percent(settings.quotaPercent());
		percent(settings.exceededMinPercent());
		percent(settings.behindMaxPercent());
		percent(settings.doneMinPercent());
		percent(settings.excellentMinScore());
		percent(settings.goodMinScore());
		percent(settings.completedMinScore());
		if (settings.minMonthsAdmitted() != null && (settings.minMonthsAdmitted() < 0 || settings.minMonthsAdmitted() > 24)) {
			throw new BusinessRuleException("classification.error.monthsOutOfRange");
		}
		if (ordered(settings.completedMinScore(), settings.goodMinScore())
				|| ordered(settings.goodMinScore(), settings.excellentMinScore())) {
			throw new BusinessRuleException("classification.error.scoresOutOfOrder");
		}
		store.updateSettings(code, settings, version);
		steps.publish("CLASSIFICATION_RULE_SET", code, "SETTINGS", "audit.text.classificationSettings",
				before.citation(), words(before.settings()), words(settings));
	}

	/** The figures as data, in the order the audit line's message names them (the words are in the bundles). */
	static String words(RuleSet.Settings s) {
		return String.join("; ", figure(s.excellentMinScore()) + "/" + figure(s.goodMinScore()) + "/"
				+ figure(s.completedMinScore()), figure(s.exceededMinPercent()), figure(s.behindMaxPercent()),
				figure(s.doneMinPercent()), figure(s.minMonthsAdmitted()), s.earlierShortcomingsGate() ? "✓" : "✗",
				s.quotaEnabled() ? s.quotaPercent() + "%" : "✗");
	}

	private static String figure(@Nullable Integer value) {
		return value == null ? "–" : value.toString();
	}

	private static boolean ordered(@Nullable Integer lower, @Nullable Integer higher) {
		return lower != null && higher != null && lower > higher;
	}

	private static void percent(@Nullable Integer value) {
		if (value != null && (value < 0 || value > 100)) {
			throw new BusinessRuleException("classification.error.percentOutOfRange");
		}
	}
}
