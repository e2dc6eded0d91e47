@NullMarked
package vn.xdd.document.issue.persistence;

import org.jspecify.annotations.NullMarked;
