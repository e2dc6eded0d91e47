package vn.xdd.document.issue.application;

import vn.xdd.shared.Actor;
import vn.xdd.shared.Checksums;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.issue.application.DocumentEvents.DocumentIssued;
import vn.xdd.document.issue.persistence.DocumentRows.DocumentRow;
import vn.xdd.document.issue.persistence.JdbcDocuments;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.numbering.application.NumberingAccess;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.render.DocumentRenderer;

/**
 * Issues the files of a document again, from its source as it stands today, with the same number
 * and date: a new version is added and every earlier version stays as it was issued.
 */
@Service
public class ReissueDocument {

	private final DocumentQueries queries;

	private final DocumentSources sources;

	private final DocumentHeaders headers;

	private final NumberingAccess access;

	private final DocumentRenderer renderer;

	private final JdbcDocuments documents;

	private final ApplicationEventPublisher events;

	public ReissueDocument(DocumentQueries queries, DocumentSources sources, DocumentHeaders headers,
			NumberingAccess access, DocumentRenderer renderer, JdbcDocuments documents,
			ApplicationEventPublisher events) {
		this.queries = queries;
		this.sources = sources;
		this.headers = headers;
		this.access = access;
		this.renderer = renderer;
		this.documents = documents;
		this.events = events;
	}

	@Transactional
	public IssueDocument.Issued reissue(long documentId) {
		DocumentRow row = queries.visible(documentId);
		access.requireIssuer(row.unit());
		IssuerProfile profile = headers.profile(row.unit());
		OfficialDocument document = DocumentHeaders.withRecipients(sources.of(row.kind()).compose(row.sourceId(),
				DocumentHeaders.header(profile, row.kind(), row.numberSymbol(), row.issuedOn()),
				DocumentHeaders.signature(profile)), profile);
		byte[] docx = renderer.docx(document);
		byte[] pdf = renderer.pdf(document);
		String docxSha = Checksums.sha256(docx);
		int versionNo = documents.addVersion(row.id(), docx, pdf, docxSha, Checksums.sha256(pdf),
				Actor.currentName());
		events.publishEvent(new DocumentIssued(row.id(), row.numberSymbol(), versionNo, docxSha));
		return new IssueDocument.Issued(row.id(), row.numberSymbol(), versionNo);
	}
}
