/**
 * The content of an official document, independent of its file format: the header block, the
 * document type and summary, the body as blocks, the signature and the recipients. Renderers turn
 * it into .docx and PDF; the browser preview renders the same model.
 */
@NullMarked
package vn.xdd.document.model;

import org.jspecify.annotations.NullMarked;
