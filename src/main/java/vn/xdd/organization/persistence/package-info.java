@NullMarked
package vn.xdd.organization.persistence;

import org.jspecify.annotations.NullMarked;
