@NullMarked
package vn.xdd.document.report.application;

import org.jspecify.annotations.NullMarked;
