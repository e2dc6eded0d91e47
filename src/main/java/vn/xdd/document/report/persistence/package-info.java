@NullMarked
package vn.xdd.document.report.persistence;

import org.jspecify.annotations.NullMarked;
