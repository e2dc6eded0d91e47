/** Rounds, subjects, steps, results and rule sets of classification, in PostgreSQL. */
@NullMarked
package vn.xdd.classification.persistence;

import org.jspecify.annotations.NullMarked;
