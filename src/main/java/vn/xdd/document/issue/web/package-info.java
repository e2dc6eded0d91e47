@NullMarked
package vn.xdd.document.issue.web;

import org.jspecify.annotations.NullMarked;
