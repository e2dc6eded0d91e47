package vn.xdd.files.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** An empty file is no evidence: it is refused. */
public final class UploadNotEmpty implements Rule<UploadRules.Upload> {

	@Override
	public RuleResult check(UploadRules.Upload candidate) {
		return candidate.content().length == 0 ? RuleResult.refused("files.empty", candidate.name())
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009 (evidence files)";
	}
}
