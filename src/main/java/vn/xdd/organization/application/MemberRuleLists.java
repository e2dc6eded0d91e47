package vn.xdd.organization.application;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.RuleList;
import vn.xdd.shared.rule.RuleResult;

/**
 * Enforces a rule list of {@link vn.xdd.organization.domain.MemberRules}: the first refusal
 * becomes a {@link BusinessRuleException} whose arguments read as the user reads them (a status
 * by its label, a date as dd/MM/yyyy).
 */
final class MemberRuleLists {

	private MemberRuleLists() {
	}

	static <C> void enforce(RuleList<C> list, C candidate) {
		if (list.check(candidate) instanceof RuleResult.Refused refused) {
			throw refusal(refused);
		}
	}

	static BusinessRuleException refusal(RuleResult.Refused refused) {
		Object[] arguments = refused.arguments();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof MemberStatus status) {
				arguments[i] = new DefaultMessageSourceResolvable(status.messageKey());
			}
			else if (arguments[i] instanceof LocalDate date) {
				arguments[i] = VietnameseText.date(date);
			}
		}
		return new BusinessRuleException(refused.messageKey(), arguments);
	}
}
