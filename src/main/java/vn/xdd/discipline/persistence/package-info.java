/** The JDBC stores of the discipline tables: rule sets, authority, holidays, cases. */
@NullMarked
package vn.xdd.discipline.persistence;

import org.jspecify.annotations.NullMarked;
