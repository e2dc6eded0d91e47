package vn.xdd.organization.domain;

import vn.xdd.shared.rule.Rule;

/** A rule of one field of a member record: its refusal is shown at that field. */
public interface FieldRule<C> extends Rule<C> {

	MemberField field();
}
