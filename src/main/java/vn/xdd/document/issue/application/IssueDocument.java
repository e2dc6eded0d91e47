package vn.xdd.document.issue.application;

import vn.xdd.shared.Actor;
import vn.xdd.shared.Checksums;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.issue.application.DocumentEvents.DocumentIssued;
import vn.xdd.document.issue.persistence.JdbcDocuments;
import vn.xdd.document.issue.persistence.JdbcDocuments.NewDocument;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.numbering.application.NumberingAccess;
import vn.xdd.document.numbering.application.ReserveNumber;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.numbering.domain.NumberSymbol;
import vn.xdd.document.render.DocumentRenderer;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Issues a document from its source: the issuing unit's office, standing committee or
 * organisation board reserves its number in the register, the header and signature come from
 * the unit's issuer profile, and the Word and PDF files are stored as version 1 with their
 * SHA-256 checksums. A source is issued once; later changes are re-issued as new versions.
 */
@Service
public class IssueDocument {

	/**
	 * @param issuedOn the date the document carries; today when null
	 * @param inserted for a document inserted into the series: 42 (next letter after 42) or 42a
	 */
	public record Command(DocumentKind kind, long sourceId, @Nullable LocalDate issuedOn, @Nullable String inserted) {
	}

	/** The document issued. */
	public record Issued(long documentId, String numberSymbol, int versionNo) {
	}

	private final DocumentSources sources;

	private final DocumentHeaders headers;

	private final NumberingAccess access;

	private final ReserveNumber reserveNumber;

	private final DocumentRenderer renderer;

	private final JdbcDocuments documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public IssueDocument(DocumentSources sources, DocumentHeaders headers, NumberingAccess access,
			ReserveNumber reserveNumber, DocumentRenderer renderer, JdbcDocuments documents,
			ApplicationEventPublisher events, Clock clock) {
		this.sources = sources;
		this.headers = headers;
		this.access = access;
		this.reserveNumber = reserveNumber;
		this.renderer = renderer;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Issued issue(Command command) {
		DocumentSource source = sources.of(command.kind());
		OrgUnitId unit = source.issuingUnit(command.sourceId());
		access.requireIssuer(unit);
		documents.findBySource(command.kind(), command.sourceId()).ifPresent(existing -> {
			throw new BusinessRuleException("document.error.alreadyIssued", existing.numberSymbol());
		});
		LocalDate issuedOn = command.issuedOn() == null ? LocalDate.now(clock) : command.issuedOn();
		DocumentNumber inserted = command.inserted() == null || command.inserted().isBlank() ? null
				: DocumentNumber.parse(command.inserted());
		String typeCode = command.kind().typeCode();
		ReserveNumber.Reservation reservation = reserveNumber.reserve(unit, typeCode, issuedOn, inserted);
		IssuerProfile profile = headers.profile(unit);
		String symbol = NumberSymbol.of(reservation.number(), typeCode, profile.bodyAbbreviation());
		OfficialDocument document = DocumentHeaders.withRecipients(source.compose(command.sourceId(),
				DocumentHeaders.header(profile, command.kind(), symbol, issuedOn), DocumentHeaders.signature(profile)),
				profile);
		byte[] docx = renderer.docx(document);
		byte[] pdf = renderer.pdf(document);
		long id;
		try {
			id = documents.insert(new NewDocument(unit, command.kind(), typeCode, reservation.term().id(),
					reservation.number(), symbol, issuedOn, source.summary(command.sourceId()), command.sourceId(),
					Actor.currentName()));
		}
		catch (DuplicateKeyException e) {
			if (String.valueOf(e.getMessage()).contains("issued_document_source_uq")) {
				// Issued by someone else at the same moment (the transaction is aborted: nothing more can be
				// read); the number reserved here rolls back with this issue.
				throw new BusinessRuleException("document.error.issuedMeanwhile");
			}
			throw new BusinessRuleException("document.error.numberTaken", reservation.number().printed());
		}
		String docxSha = Checksums.sha256(docx);
		int versionNo = documents.addVersion(id, docx, pdf, docxSha, Checksums.sha256(pdf), Actor.currentName());
		source.issued(command.sourceId(), symbol, issuedOn);
		events.publishEvent(new DocumentIssued(id, symbol, versionNo, docxSha));
		return new Issued(id, symbol, versionNo);
	}
}
