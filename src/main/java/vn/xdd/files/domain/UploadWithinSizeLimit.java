package vn.xdd.files.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A file is at most the configured size (XDD_ATTACHMENT_MAX_SIZE). */
public final class UploadWithinSizeLimit implements Rule<UploadRules.Upload> {

	@Override
	public RuleResult check(UploadRules.Upload candidate) {
		return candidate.content().length > candidate.maxBytes()
				? RuleResult.refused("files.tooLarge", candidate.name(), candidate.maxMegabytes()) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009 (evidence files)";
	}
}
