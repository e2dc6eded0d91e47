/** The figures of the shortcomings register, counted in the database for dashboards and reports. */
package vn.xdd.review.counts;
