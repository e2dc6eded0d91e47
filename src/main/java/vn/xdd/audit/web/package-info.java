@NullMarked
package vn.xdd.audit.web;

import org.jspecify.annotations.NullMarked;
