@NullMarked
package vn.xdd.organization.api;

import org.jspecify.annotations.NullMarked;
