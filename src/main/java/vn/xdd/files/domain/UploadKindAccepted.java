package vn.xdd.files.domain;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A file is of one of the accepted kinds, by its name’s extension. */
public final class UploadKindAccepted implements Rule<UploadRules.Upload> {

	@Override
	public RuleResult check(UploadRules.Upload candidate) {
		FileKind kind = candidate.kind();
		return kind != null && candidate.allowedExtensions().contains(kind.extension()) ? RuleResult.allowed()
				: RuleResult.refused("files.typeRefused", candidate.name(), String.join(", ", candidate.allowedExtensions()));
	}

	@Override
	public String regulation() {
		return "ADR 0009 (evidence files)";
	}
}
