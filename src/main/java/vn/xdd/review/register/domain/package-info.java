/** The register's rules, free of Spring: life cycle, who reports, who verifies, overdue. */
@NullMarked
package vn.xdd.review.register.domain;

import org.jspecify.annotations.NullMarked;
