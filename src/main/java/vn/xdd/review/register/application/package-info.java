@NullMarked
package vn.xdd.review.register.application;

import org.jspecify.annotations.NullMarked;
