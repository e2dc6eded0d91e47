/** A discipline decision as QUYẾT ĐỊNH thi hành kỷ luật, composed from the discipline module's API. */
@NullMarked
package vn.xdd.document.discipline;

import org.jspecify.annotations.NullMarked;
