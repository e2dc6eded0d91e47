@NullMarked
package vn.xdd.document.issue.api;

import org.jspecify.annotations.NullMarked;
