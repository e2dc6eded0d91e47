@NullMarked
package vn.xdd.files.api;

import org.jspecify.annotations.NullMarked;
