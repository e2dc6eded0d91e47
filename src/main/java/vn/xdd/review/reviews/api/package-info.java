@NullMarked
package vn.xdd.review.reviews.api;

import org.jspecify.annotations.NullMarked;
