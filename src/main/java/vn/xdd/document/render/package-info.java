@NullMarked
package vn.xdd.document.render;

import org.jspecify.annotations.NullMarked;
