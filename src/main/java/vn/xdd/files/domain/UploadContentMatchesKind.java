package vn.xdd.files.domain;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A file’s content starts as files of its kind do, so that a renamed executable is refused whatever its name says. */
public final class UploadContentMatchesKind implements Rule<UploadRules.Upload> {

	@Override
	public RuleResult check(UploadRules.Upload candidate) {
		FileKind kind = candidate.kind();
		return kind == null || kind.matches(candidate.content()) ? RuleResult.allowed()
				: RuleResult.refused("files.contentMismatch", candidate.name(), kind.extension());
	}

	@Override
	public String regulation() {
		return "ADR 0009 (evidence files)";
	}
}
