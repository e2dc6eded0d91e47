@NullMarked
package vn.xdd.review.register.api;

import org.jspecify.annotations.NullMarked;
