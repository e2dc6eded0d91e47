@NullMarked
package vn.xdd.security.application;

import org.jspecify.annotations.NullMarked;
