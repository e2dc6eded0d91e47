@NullMarked
package vn.xdd.remediation.persistence;

import org.jspecify.annotations.NullMarked;
