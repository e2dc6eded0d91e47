@NullMarked
package vn.xdd.remediation.application;

import org.jspecify.annotations.NullMarked;
