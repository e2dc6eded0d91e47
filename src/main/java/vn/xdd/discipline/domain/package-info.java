/**
 * The vocabulary and the rules of party discipline, plain Java: subjects and forms, violations and
 * their categories, the rule sets of each era as data (forms per subject, limitation periods,
 * categories without limitation, bar periods), and the rules a case must pass at each step.
 */
@NullMarked
package vn.xdd.discipline.domain;

import org.jspecify.annotations.NullMarked;
