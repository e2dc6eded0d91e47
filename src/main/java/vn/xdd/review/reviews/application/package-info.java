@NullMarked
package vn.xdd.review.reviews.application;

import org.jspecify.annotations.NullMarked;
