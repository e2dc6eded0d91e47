@NullMarked
package vn.xdd.document.issue.application;

import org.jspecify.annotations.NullMarked;
