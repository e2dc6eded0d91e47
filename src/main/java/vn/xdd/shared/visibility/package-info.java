/**
 * Who sees a record inside the scope (ADR 0014): one rule per kind of record, asked by every path
 * that shows it (page, API, file download, tracker, counts). The scope says which units' records
 * exist for a user; these rules say which of them she may read.
 */
@NullMarked
package vn.xdd.shared.visibility;

import org.jspecify.annotations.NullMarked;
