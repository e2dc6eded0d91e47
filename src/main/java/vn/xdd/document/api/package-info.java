@NullMarked
package vn.xdd.document.api;

import org.jspecify.annotations.NullMarked;
