@NullMarked
package vn.xdd.document.numbering.persistence;

import org.jspecify.annotations.NullMarked;
