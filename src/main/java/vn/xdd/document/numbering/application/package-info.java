@NullMarked
package vn.xdd.document.numbering.application;

import org.jspecify.annotations.NullMarked;
