@NullMarked
package vn.xdd.security.web;

import org.jspecify.annotations.NullMarked;
