package vn.xdd.shared.rule;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A message argument that is itself a label to look up (e.g. the label of a discipline form,
 * {@code disciplineForm.WARNING}), so a rule names things by key and the reader sees them in his
 * own language. The message source resolves it wherever the refusal is rendered; the rule itself
 * only holds the key.
 */
public record Label(String key, List<Object> arguments) implements MessageSourceResolvable {

	public Label {
		Objects.requireNonNull(key, "key");
		arguments = List.copyOf(arguments);
	}

	/** The label of the key, with the arguments its message takes (e.g. the 5 of ‘5 năm’). */
	public static Label of(String key, Object... arguments) {
		return new Label(key, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object @Nullable [] getArguments() {
		return arguments.isEmpty() ? null : arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}
}
