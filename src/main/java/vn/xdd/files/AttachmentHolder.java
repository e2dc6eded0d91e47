package vn.xdd.files;

import java.util.Optional;

import vn.xdd.shared.rule.RuleResult;

/**
 * A module that attaches files to its records (the register's evidence, a signed review, the
 * files of a progress report) says who may open a file it holds: exactly who may see the record
 * it is attached to (ADR 0014). The download asks every holder; a file no record holds is opened
 * by nobody.
 */
public interface AttachmentHolder {

	/**
	 * Empty when no record of this module holds the file; otherwise whether the signed-in user may
	 * see a record the file is attached to (allowed if she may see any of them).
	 */
	Optional<RuleResult> sightOf(FileId file);
}
