@NullMarked
package vn.xdd.audit.persistence;

import org.jspecify.annotations.NullMarked;
