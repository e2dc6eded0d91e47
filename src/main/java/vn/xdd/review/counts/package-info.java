/** The figures of the shortcomings register, counted in the database for dashboards and reports. */
@NullMarked
package vn.xdd.review.counts;

import org.jspecify.annotations.NullMarked;
