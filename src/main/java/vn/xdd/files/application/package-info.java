@NullMarked
package vn.xdd.files.application;

import org.jspecify.annotations.NullMarked;
