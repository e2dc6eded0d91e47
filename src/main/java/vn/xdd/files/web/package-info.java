@NullMarked
package vn.xdd.files.web;

import org.jspecify.annotations.NullMarked;
