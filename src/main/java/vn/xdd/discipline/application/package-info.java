/**
 * The use cases of party discipline: each loads the facts its rules need, enforces the domain's
 * rule list, changes the case, records the step and publishes what changed.
 */
@NullMarked
package vn.xdd.discipline.application;

import org.jspecify.annotations.NullMarked;
