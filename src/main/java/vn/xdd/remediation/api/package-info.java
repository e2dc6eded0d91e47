@NullMarked
package vn.xdd.remediation.api;

import org.jspecify.annotations.NullMarked;
