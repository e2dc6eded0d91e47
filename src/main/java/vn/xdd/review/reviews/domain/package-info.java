/** The rules of a review, free of Spring: when it may still change. */
@NullMarked
package vn.xdd.review.reviews.domain;

import org.jspecify.annotations.NullMarked;
