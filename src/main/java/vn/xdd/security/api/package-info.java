@NullMarked
package vn.xdd.security.api;

import org.jspecify.annotations.NullMarked;
