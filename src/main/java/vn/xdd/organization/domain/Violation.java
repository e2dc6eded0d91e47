package vn.xdd.organization.domain;

/**
 * A rule a record breaks: the field concerned and a message key (with arguments) that tells the
 * user why, in Vietnamese.
 */
public record Violation(MemberField field, String messageKey, Object... arguments) {

	@Override
	public boolean equals(Object other) {
		return other instanceof Violation v && v.field == field && v.messageKey.equals(messageKey)
				&& java.util.Arrays.equals(v.arguments, arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(field, messageKey, java.util.Arrays.hashCode(arguments));
	}

	@Override
	public String toString() {
		return field + ":" + messageKey + java.util.Arrays.toString(arguments);
	}
}
