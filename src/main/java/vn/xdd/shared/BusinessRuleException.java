package vn.xdd.shared;

/**
 * A request that breaks a rule of the domain: nothing was changed, and the user is told why
 * in Vietnamese through the message {@link #messageKey()}.
 */
public class BusinessRuleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
