@NullMarked
package vn.xdd.remediation.web;

import org.jspecify.annotations.NullMarked;
