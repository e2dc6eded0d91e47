@NullMarked
package vn.xdd.review.reviews.web;

import org.jspecify.annotations.NullMarked;
