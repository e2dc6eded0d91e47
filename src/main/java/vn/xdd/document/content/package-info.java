@NullMarked
package vn.xdd.document.content;

import org.jspecify.annotations.NullMarked;
