@NullMarked
package vn.xdd.reporting.application;

import org.jspecify.annotations.NullMarked;
