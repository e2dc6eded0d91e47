@NullMarked
package vn.xdd.security.persistence;

import org.jspecify.annotations.NullMarked;
