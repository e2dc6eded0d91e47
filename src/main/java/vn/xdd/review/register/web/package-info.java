@NullMarked
package vn.xdd.review.register.web;

import org.jspecify.annotations.NullMarked;
