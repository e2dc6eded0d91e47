package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The deciding body has the authority for this form and subject: a line of the authority table
 * covers it (a chapter reprimands or warns its own members, except for tasks assigned by a higher
 * level; removal from post and expulsion, and the discipline of an organisation, are decided above).
 */
public final class BodyHasAuthority implements Rule<ProposedDiscipline> {

	@Override
	public RuleResult check(ProposedDiscipline proposal) {
		if (proposal.authority().stream().anyMatch(line -> line.covers(proposal))) {
			return RuleResult.allowed();
		}
		if (proposal.bodyLevelsAbove() == 0 && proposal.violations().stream().anyMatch(Violation::higherLevelTask)) {
			return RuleResult.refused("discipline.error.higherLevelTask", Label.of(proposal.form().messageKey()));
		}
		return RuleResult.refused("discipline.error.noAuthority", Label.of(proposal.form().messageKey()),
				Label.of(proposal.subject().messageKey()));
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022), thẩm quyền kỷ luật; Quy định 296-QĐ/TW (2025), thủ tục (bảng thẩm quyền cấu hình được)";
	}
}
