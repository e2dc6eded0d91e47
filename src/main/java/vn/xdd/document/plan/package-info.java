@NullMarked
package vn.xdd.document.plan;

import org.jspecify.annotations.NullMarked;
