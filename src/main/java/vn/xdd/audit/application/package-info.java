/** The audit trail's reads for its page: filters, lines and the choices to filter by. */
@NullMarked
package vn.xdd.audit.application;

import org.jspecify.annotations.NullMarked;
