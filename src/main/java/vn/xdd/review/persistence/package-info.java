@NullMarked
package vn.xdd.review.persistence;

import org.jspecify.annotations.NullMarked;
