package vn.xdd.organization.application;

import java.util.List;

import vn.xdd.organization.domain.Violation;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;

/** A member record that breaks one or more rules; nothing was saved. */
public class MemberRecordInvalid extends BusinessRuleException {

	private static final long serialVersionUID = 1L;

	private final transient List<Violation> violations;

	public MemberRecordInvalid(List<Violation> violations) {
		super(violations.stream()
			.map(v -> new FieldProblem(v.field().messageKey(), v.messageKey(), v.arguments()))
			.toList(), "member.error.invalid");
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
