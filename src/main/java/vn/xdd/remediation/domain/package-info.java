/** The rules of remediation plans in plain Java: the plan's life cycle, task progress, who verifies. */
@NullMarked
package vn.xdd.remediation.domain;

import org.jspecify.annotations.NullMarked;
