@NullMarked
package vn.xdd.reporting.web;

import org.jspecify.annotations.NullMarked;
