@NullMarked
package vn.xdd.files.persistence;

import org.jspecify.annotations.NullMarked;
