package vn.xdd.classification;

import java.util.List;
import java.util.Objects;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/**
 * A step of classification was taken: a round opened or published, a subject self-assessed,
 * commented on, appraised, decided or redone, a rule set's settings changed, a past result entered.
 * The audit line is rendered from the message key.
 *
 * @param recordType CLASSIFICATION_ROUND, CLASSIFICATION_SUBJECT, CLASSIFICATION_RULE_SET or CLASSIFICATION_RESULT
 */
public record ClassificationChanged(String recordType, String recordId, String action, String messageKey,
		List<String> arguments) implements Auditable {

	public ClassificationChanged {
		Objects.requireNonNull(recordType, "recordType");
		Objects.requireNonNull(recordId, "recordId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described(action, recordType, recordId, messageKey, arguments.toArray());
	}
}
