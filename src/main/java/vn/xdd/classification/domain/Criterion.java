package vn.xdd.classification.domain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A criterion of a frame (an appendix of the rule set for one kind of subject), with the points it
 * carries under a point scale.
 *
 * @param part GENERAL (QĐ 366: the 30 points) or TASKS (the 70 points)
 */
public record Criterion(String code, String name, String part, @Nullable Integer maxPoints) {

	public Criterion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(part, "part");
	}
}
