@NullMarked
package vn.xdd.document.web;

import org.jspecify.annotations.NullMarked;
