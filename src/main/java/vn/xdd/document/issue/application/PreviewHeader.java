package vn.xdd.document.issue.application;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.model.DocumentHeader;

/**
 * The header of a document not yet issued, for previews: the unit's profile with the symbol
 * alone (Số      -KH/HU), as no number is reserved before the document is issued.
 */
@Service
public class PreviewHeader {

	private final DocumentSources sources;

	private final DocumentHeaders headers;

	private final Clock clock;

	public PreviewHeader(DocumentSources sources, DocumentHeaders headers, Clock clock) {
		this.sources = sources;
		this.headers = headers;
		this.clock = clock;
	}

	/** @param date the date the document will carry; today when null */
	@Transactional(readOnly = true)
	public DocumentHeader header(DocumentKind kind, long sourceId, @Nullable LocalDate date) {
		var unit = sources.of(kind).issuingUnit(sourceId);
		return DocumentHeaders.header(headers.profile(unit), kind, null, date == null ? LocalDate.now(clock) : date);
	}
}
