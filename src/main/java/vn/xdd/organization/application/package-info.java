@NullMarked
package vn.xdd.organization.application;

import org.jspecify.annotations.NullMarked;
