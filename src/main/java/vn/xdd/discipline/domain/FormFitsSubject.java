package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The form is one the rule set allows for this kind of subject: reprimand, warning or dissolution
 * for an organisation; reprimand, warning, removal from post or expulsion for a full member; only
 * reprimand or warning for a probationary member.
 */
public final class FormFitsSubject implements Rule<ProposedDiscipline> {

	@Override
	public RuleResult check(ProposedDiscipline proposal) {
		return proposal.ruleSet().formsFor(proposal.subject()).contains(proposal.form()) ? RuleResult.allowed()
				: RuleResult.refused("discipline.error.formNotForSubject", Label.of(proposal.form().messageKey()),
						Label.of(proposal.subject().messageKey()), proposal.ruleSet().citation());
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022); Quy định 102-QĐ/TW (2017); Quy định 07-QĐi/TW (2018)";
	}
}
