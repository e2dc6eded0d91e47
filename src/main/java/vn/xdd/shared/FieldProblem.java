package vn.xdd.shared;

/**
 * One field of a request that breaks a rule: the field's label and the reason, both as message
 * keys (with arguments for the reason).
 */
public record FieldProblem(String fieldKey, String messageKey, Object... arguments) {
}
