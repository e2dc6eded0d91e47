@NullMarked
package vn.xdd.organization.web;

import org.jspecify.annotations.NullMarked;
