@NullMarked
package vn.xdd.document.numbering.web;

import org.jspecify.annotations.NullMarked;
