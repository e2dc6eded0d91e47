@NullMarked
package vn.xdd.review.reviews.persistence;

import org.jspecify.annotations.NullMarked;
