@NullMarked
package vn.xdd.reporting.api;

import org.jspecify.annotations.NullMarked;
