/**
 * The numbering rules of official documents in plain Java (Hướng dẫn 36-HD/VPTW): numbers from 01
 * per issuing body, document type and committee term; suffix letters for documents inserted into
 * the series; the printed number and symbol; the default header and signature of a unit.
 */
@NullMarked
package vn.xdd.document.numbering.domain;

import org.jspecify.annotations.NullMarked;
