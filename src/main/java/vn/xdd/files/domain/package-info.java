/** The rules an attached file must pass, in plain Java. */
@NullMarked
package vn.xdd.files.domain;

import org.jspecify.annotations.NullMarked;
