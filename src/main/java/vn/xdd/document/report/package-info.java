@NullMarked
package vn.xdd.document.report;

import org.jspecify.annotations.NullMarked;
