@NullMarked
package vn.xdd.review.register.persistence;

import org.jspecify.annotations.NullMarked;
