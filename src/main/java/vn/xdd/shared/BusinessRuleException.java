package vn.xdd.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request that breaks a rule of the domain: nothing was changed, and the user is told why
 * in Vietnamese through the message {@link #messageKey()}.
 */
public class BusinessRuleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient @Nullable Object[] arguments;

	private final transient java.util.List<FieldProblem> fieldProblems;

	public BusinessRuleException(String messageKey, @Nullable Object... arguments) {
		this(java.util.List.of(), messageKey, arguments);
	}

	/** A refusal because of the given fields, each with its own reason. */
	public BusinessRuleException(java.util.List<FieldProblem> fieldProblems, String messageKey, @Nullable Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.fieldProblems = java.util.List.copyOf(fieldProblems);
	}

	public java.util.List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable Object[] arguments() {
		return arguments.clone();
	}
}
